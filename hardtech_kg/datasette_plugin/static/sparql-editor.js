/* The SPARQL page's query editor: CodeMirror 5 with its SPARQL mode (vendored from npm).
 * The textarea stays the form field; Ctrl/Cmd-Enter runs the query; the examples menu fills the editor. */
(function () {
  "use strict";
  var area = document.getElementById("query");
  var form = document.getElementById("form");
  var examples = document.getElementById("examples");
  if (!area) return;
  if (typeof CodeMirror === "undefined") {
    if (examples) examples.addEventListener("change", function () { if (examples.value) area.value = examples.value; });
    return;
  }
  var editor = CodeMirror.fromTextArea(area, {
    mode: "application/sparql-query", lineNumbers: true, matchBrackets: true, indentUnit: 2, viewportMargin: Infinity,
    extraKeys: { "Ctrl-Enter": function () { editor.save(); form.submit(); }, "Cmd-Enter": function () { editor.save(); form.submit(); } }
  });
  window.hardtechEditor = editor;
  // A syntax error names the line of the user's own query: mark it and put the cursor there.
  var error = document.getElementById("error");
  var line = error && parseInt(error.getAttribute("data-line"), 10);
  if (line && line <= editor.lineCount()) {
    editor.addLineClass(line - 1, "wrap", "error-line");
    editor.setCursor({ line: line - 1, ch: 0 });
  }
  if (examples) {
    examples.addEventListener("change", function () { if (examples.value) editor.setValue(examples.value); });
  }
})();
