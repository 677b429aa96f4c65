"""extract.gazetteer: the generated place gazetteers load, and cover the cities of the white paper's global index.

The paper's cities are read from its appendix table (表 2, rows `序号 城市 所在国家 序号 城市 所在国家`), never typed here.
The generator's determinism is checked outside pytest (it needs its own venv; see gazetteers/generate.py).
"""

from __future__ import annotations

import csv

import pytest

from hardtech_kg.extract.gazetteer import CN_DIVISIONS, KINDS, WORLD_PLACES, Place, index_by_name, load_places

TABLE_HEADER = ["序号", "城市", "所在国家", "序号", "城市", "所在国家"]


@pytest.fixture(scope="module")
def index() -> dict[str, tuple[Place, ...]]:
    return index_by_name()


@pytest.fixture(scope="module")
def paper_cities(paper_text) -> list[tuple[str, str]]:
    """(city, country) pairs of the paper's global index table, in table order."""
    lines = paper_text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.split("\t") == TABLE_HEADER)
    pairs = []
    for line in lines[start + 1 :]:
        cells = line.split("\t")
        if len(cells) < 3:
            break
        for i in range(0, len(cells) - 2, 3):
            number, city, country = cells[i : i + 3]
            if number.strip():
                assert number.strip().isdigit() and city and country, line
                pairs.append((city.strip(), country.strip()))
    return pairs


def test_appendix_table_is_read(paper_cities):
    numbers = len(paper_cities)
    assert numbers == 45
    assert len({c for c, _ in paper_cities}) == numbers
    assert len({k for _, k in paper_cities}) == 12


def country_code(index, name: str) -> str:
    countries = [p for p in index.get(name, ()) if p.kind == "country"]
    assert len(countries) == 1, (name, countries)
    return countries[0].country


def test_paper_countries_resolve_to_one_country(index, paper_cities):
    for country in sorted({k for _, k in paper_cities}):
        assert len(country_code(index, country)) == 2


def test_paper_cities_resolve_to_a_city_of_their_country(index, paper_cities):
    missing = []
    for city, country in paper_cities:
        iso = country_code(index, country)
        if not any(p.kind == "city" and p.country == iso for p in index.get(city, ())):
            missing.append((city, country, index.get(city)))
    assert not missing


def test_wuhan():
    (wuhan,) = [p for p in index_by_name()["武汉"] if p.kind == "city"]
    assert wuhan.name == "武汉市" and wuhan.short == "武汉"
    assert wuhan.en == "Wuhan" and wuhan.province == "湖北" and wuhan.country == "CN"
    assert wuhan.level == "prefecture" and wuhan.code == "420100"
    assert abs(wuhan.lat - 30.6) < 0.2 and abs(wuhan.lon - 114.3) < 0.2
    assert "武汉" in wuhan.names and "武汉市" in wuhan.names


def test_xian_full_and_short_name_are_one_place(index):
    full = [p for p in index["西安市"] if p.kind == "city"]
    short = [p for p in index["西安"] if p.kind == "city"]
    assert full == short and len(full) == 1
    assert full[0].province == "陕西" and full[0].en.replace("’", "'") == "Xi'an"


def test_tokyo_is_in_japan(index):
    assert [p.country for p in index["东京"] if p.kind == "city"] == ["JP"]


@pytest.mark.parametrize(
    ("full", "short"),
    [("湖北省", "湖北"), ("内蒙古自治区", "内蒙古"), ("广西壮族自治区", "广西"), ("宁夏回族自治区", "宁夏"),
     ("新疆维吾尔自治区", "新疆"), ("西藏自治区", "西藏"), ("香港特别行政区", "香港"), ("恩施土家族苗族自治州", "恩施"),
     ("忠县", "忠县")],
)
def test_short_names(index, full, short):
    (place,) = index[full]
    assert place.short == short


def test_kinds_of_chinese_divisions(index):
    (beijing,) = index["北京市"]
    assert beijing.kind == "city" and beijing.level == "province" and beijing.province == "北京"
    (hubei,) = index["湖北省"]
    assert hubei.kind == "province"
    haidian = [p for p in index["海淀区"]]
    assert [(p.kind, p.prefecture, p.province) for p in haidian] == [("county", "北京", "北京")]
    assert {p.kind for p in index["恩施"]} == {"prefecture"}  # 恩施土家族苗族自治州
    assert "city" in {p.kind for p in index["恩施市"]}
    assert [(p.kind, p.level) for p in index["昆山市"]] == [("city", "county")]  # 县级市
    assert {p.kind for p in index["昌吉回族自治州"]} == {"prefecture"}  # a region of counties, not a city


def test_hong_kong_macau_taiwan_have_cities(index):
    for name, province in (("香港", "香港"), ("澳门", "澳门"), ("台北", "台湾")):
        cities = [p for p in index[name] if p.kind == "city"]
        assert cities and all(p.country == "CN" and p.province == province for p in cities), name


def test_regions_and_china(index):
    assert [p.code for p in index["欧洲"] if p.kind == "region"] == ["150"]
    assert [p.code for p in index["欧盟"] if p.kind == "region"] == ["EU"]
    assert country_code(index, "中国") == "CN"


def test_every_place_is_well_formed():
    places = load_places()
    assert places is load_places()  # cached
    assert len(places) > 5000
    for p in places:
        assert p.name and p.short and p.kind in KINDS, p
        assert p.kind == "region" or len(p.country) == 2, p
        assert len(set(p.names)) == len(p.names)
        assert (p.lat is None) == (p.lon is None)
        if p.lat is not None:
            assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180, p


def test_world_cities_have_names_of_two_characters_or_more():
    world_cities = [p for p in load_places() if p.kind == "city" and p.country != "CN"]
    assert len(world_cities) > 1000
    for p in world_cities:
        assert len(p.name) >= 2 and all(len(a) >= 2 for a in p.aliases), p


def test_index_covers_every_name():
    index = index_by_name()
    for p in load_places():
        for n in p.names:
            assert p in index[n]
    index.clear()  # a fresh dict per call: clearing one does not touch the next
    assert index_by_name()["武汉"]


@pytest.mark.parametrize(
    ("path", "header"),
    [(CN_DIVISIONS, "adcode name short level province prefecture en lat lon aliases"),
     (WORLD_PLACES, "kind zh aliases en iso2 lat lon population geonameid")],
)
def test_tsv_files(path, header):
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    assert lines[0] == header.replace(" ", "\t") and lines[-1] == ""
    width = len(lines[0].split("\t"))
    assert all(len(line.split("\t")) == width for line in lines[1:-1])
    assert len(lines) - 2 < 5000  # small enough
    rows = list(csv.reader(lines[1:-1], delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len({tuple(r) for r in rows}) == len(rows)


def test_the_special_administrative_regions_are_cities_not_provinces(index):
    """Reports rank 香港 and 澳门 among cities (the real reports' gold types them City), as they do 北京."""
    for name in ("香港", "澳门", "香港特别行政区"):
        assert {p.kind for p in index[name] if p.level == "province"} == {"city"}, name


def test_no_organisation_name_or_alias_is_shared_by_two_rows():
    """Two rows for one organisation make two entities of it (海光 and 海光信息, 维康信托 and 惠康基金会 were)."""
    from hardtech_kg.extract.lexicon import RULES

    rows = list(csv.DictReader((RULES / "organisations.tsv").read_text(encoding="utf-8").splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
    owners: dict[str, set[int]] = {}
    for i, r in enumerate(rows):
        for name in (r["name"], *filter(None, r["aliases"].split("|"))):
            owners.setdefault(name, set()).add(i)
    assert not {n for n, rows_ in owners.items() if len(rows_) > 1}


def test_no_chinese_division_has_an_alias_that_begins_with_the_country():
    """GeoNames writes 中国上海: read so, the country was swallowed into the city's mention."""
    rows = list(csv.DictReader(CN_DIVISIONS.read_text(encoding="utf-8").splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert not [r["name"] for r in rows if any(a.startswith("中国") for a in r["aliases"].split("|") if a)]


def test_the_power_grid_and_water_research_institutes_by_their_short_names():
    """Power-grid and water news (round 31): 中国电科院 and 水科院 are the grid's and the water sector's national institutes, in
    北京; 黄委 the Yellow River commission, in 郑州 (general knowledge, GAZETTEERS.md)."""
    from hardtech_kg.extract.lexicon import organisations

    by_alias = {a: o for o in organisations() for a in (o.name, *o.aliases)}
    assert (by_alias["中国电科院"].name, by_alias["中国电科院"].type, by_alias["中国电科院"].city) == ("中国电力科学研究院", "ResearchInstitute", "北京")
    assert by_alias["水科院"].name == "中国水利水电科学研究院"
    assert (by_alias["黄委"].type, by_alias["黄委"].city) == ("GovernmentBody", "郑州")
