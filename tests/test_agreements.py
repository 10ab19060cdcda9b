"""Agreement records: sectors from the closed vocabulary, count, status, restatements merged."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from extract import extract_text


class Row(NamedTuple):
    text: str
    sectors: list[str]
    count: int = 1
    status: str = "signed"
    year: int | None = None


ROWS = {
    "a list's last item before the sentence turns to when and where": Row(
        "The delegations signed 12 documents to develop joint projects in logistics, healthcare, and "
        "industrial automation during a business forum in Astana.",
        ["health", "industry", "transport"],
        count=12,
    ),
    "a list of sectors that runs up to the passive verb of signing": Row(
        "After the talks, several memorandums on the tourism, investment and agriculture sectors were signed "
        "by the two ministers.",
        ["agriculture", "tourism"],
    ),
    "a memorandum on the supply of coal": Row(
        "In October 2024 the two countries signed a memorandum on the supply of 4 million tons of coal.",
        ["energy"],
        year=2024,
    ),
    "goods a trade deal would unlock are no fields": Row(
        "The two countries signed a free trade agreement that would help to unlock natural resource exports "
        "including coal, copper, tin and rubber.",
        ["trade"],
    ),
    "an arrangement and an air services agreement signed together": Row(
        "The two countries also signed a cooperation arrangement on food safety and an air services agreement.",
        ["agriculture", "transport"],
    ),
    "a batch whose list of items opens with a pronoun and names an arrangement": Row(
        "The two sides signed seven MoUs on railways and science. They include an interim arrangement on "
        "sharing the waters of a border river, training for railway staff at partner institutes, IT solutions "
        "for the railways, cooperation between the two national television channels, and cooperation in space technology.",
        ["culture", "digital", "education", "science", "transport"],
        7,
    ),
    "understandings listed after the signing": Row(
        "The two countries signed 5 cooperation agreements.\n\nThe instruments signed include:\n\nan agreement on "
        "witness protection;\n\nan understanding in the field of energy;\n\nan understanding in the field of "
        "geology and mines;",
        ["energy", "mining"],
        5,
    ),
    "a signed partnership, its sectors named as the economy's": Row(
        "The two leaders signed a new Strategic Investment Partnership under which Türkiye will invest in key "
        "sectors of the Kazakh economy, including fintech, zero emissions vehicles, life sciences and cyber "
        "security.",
        ["digital", "finance", "health", "industry"],
    ),
    "a signing the sides want": Row(
        "The two sides want to sign a formal Comprehensive Economic Partnership Agreement (CEPA) in March.",
        ["trade"],
        1,
        "planned",
    ),
    "fields named after 'among them'": Row(
        "The two sides also signed MOUs in a number of sectors, among them energy and the defense industry.",
        ["defence", "energy"],
    ),
    "fields of the cooperation the batch strengthens": Row(
        "Thirteen MOUs were also signed, strengthening bilateral cooperation in nuclear power generation, "
        "energy and defense industries, and investment.",
        ["defence", "energy", "industry"],
        13,
    ),
    "covering list": Row(
        "The visit resulted in the signing of 18 intergovernmental agreements covering energy, transport, mining, agriculture, defence, education, and digital cooperation.",
        ["agriculture", "defence", "digital", "education", "energy", "mining", "transport"],
        18,
    ),
    "in the fields of, mapped words": Row(
        "The governments signed 15 agreements in the fields of transportation, the defense industry, information technologies, culture, customs and youth.",
        ["culture", "defence", "digital", "trade", "transport"],
        15,
    ),
    "modifier before noun": Row("The ministers signed a free trade agreement on Monday.", ["trade"]),
    "planned": Row("We plan to sign an agreement in the maritime field.", ["transport"], 1, "planned"),
    "non-binding": Row(
        "The firm signed a non-binding deal to build a natural gas power plant in the country.",
        ["energy"],
        1,
        "non-binding",
    ),
    "list after a comma": Row(
        "Delegations signed 9 agreements on logistics, energy and tourism at the forum.",
        ["energy", "tourism", "transport"],
        9,
    ),
    "two nouns joined": Row(
        "Pakistan and Türkiye signed 24 agreements and memoranda of understanding in areas ranging from defence and energy to agriculture.",
        ["agriculture", "defence", "energy"],
        24,
    ),
    "no sector": Row("The two sides signed an Action Plan Protocol.", []),
    "fields in the plural and in everyday words": Row(
        "The sides signed 12 memoranda in the fields of automobiles, high-tech, finances and industries.",
        ["digital", "finance", "industry"],
        12,
    ),
    "a trade pact in force, told again": Row(
        "Both countries have also implemented a free trade agreement in August 2012.", ["trade"], year=2012
    ),
    "a pact entering into force is the pair's, though no signing": Row(
        "Trade has grown since the free trade agreement between Kazakhstan and Türkiye entered into force.",
        ["trade"],
    ),
    "a partnership agreement is a trade pact": Row(
        "Trade has grown since the Comprehensive Economic Partnership Agreement (CEPA) came into force on May 1, "
        "2022.",
        ["trade"],
        year=2022,
    ),
    "acronym is case-sensitive": Row("They signed an agreement on IT and said it would help.", ["digital"]),
    "clause after comma not a list": Row(
        "Egypt and Türkiye sign 18 MoUs, aim to triple trade to USD 15 bn.", [], 18
    ),
    "documents ironed out": Row(
        "The two sides ironed out a number of cooperative documents on finance, culture and energy.",
        ["culture", "energy", "finance"],
    ),
    "a sector word before a hyphen": Row(
        "Documents were signed in transport, agriculture and trade-economic cooperation.",
        ["agriculture", "trade", "transport"],
    ),
    "a list opened by the verb past an aside": Row(
        "The 12 accords, signed at the palace in the capital of the host country, cover various areas, "
        "including farming, livestock, mining, oil and gas.",
        ["agriculture", "energy", "mining"],
        12,
    ),
    "a share of a planned batch names its fields in the next sentence": Row(
        "Some 15 business agreements worth $2 billion are set to be signed by the two countries' firms. "
        "Most of the investment pledges to be signed are in shipbuilding, power generation and tourism.",
        ["energy", "industry", "tourism"],
        15,
        "planned",
    ),
    "they include, in the next sentence": Row(
        "The two governments signed six memoranda of understanding on Tuesday. They include cooperation "
        "in space technology, training for railway staff and IT solutions for customs.",
        ["digital", "education", "science", "trade", "transport"],
        6,
    ),
    "the media that report a signing name no sector": Row(
        "Kazakhstan and Türkiye signed 13 memoranda worth $30 billion on Tuesday, state media said.",
        [],
        13,
    ),
    "a memorandum signed by a firm with a dotted initialism": Row(
        "He also mentioned a memorandum of cooperation signed between Kazakhstan Temir Zholy, Türkiye's "
        "L.A.C. Holding and a port operator, which is expected to strengthen transport links.",
        ["transport"],
    ),
    "an investment fund set up and feed plants": Row(
        "Tokayev and Erdogan reached several agreements, one of them being the establishment of the "
        "Kazakhstan-Türkiye Investment Fund, and a $62 million agreement to build three feed production plants.",
        ["agriculture", "finance"],
    ),
    "a list before the deals it was among": Row(
        "Kazakhstan and Türkiye signed 14 deals on Tuesday. A range of cooperation projects covering energy, "
        "finance and the environment were also among the deals signed.",
        ["energy", "environment", "finance"],
        14,
    ),
    "a list that ends at the meeting": Row(
        "Kazakhstan and Türkiye have reached agreements on mutual trade growth, investment cooperation and "
        "the development of transport infrastructure at a meeting between the two prime ministers in Ankara.",
        ["trade", "transport"],
    ),
    "a free trade agreement by its initials": Row(
        "Kazakhstan and Türkiye signed the FTA on May 11, 2023.",
        ["trade"],
        year=2023,
    ),
    "the projects the deals are in, sentences later": Row(
        "Kazakh and Turkish firms exchanged 12 signed business agreements in Astana. The delegation was "
        "led by the trade minister. The projects were mainly in energy, food and telecommunications.",
        ["agriculture", "digital", "energy"],
        12,
    ),
    "the batch exchanged, in the next sentence": Row(
        "The ministers signed 10 memoranda of understanding. The leaders then witnessed the exchange of "
        "MoUs on the key areas of railways, health and fisheries.",
        ["agriculture", "health", "transport"],
        10,
    ),
    "more sector words": Row(
        "The firms signed eight agreements covering automotive parts, biofuels, wildlife and art.",
        ["culture", "energy", "environment", "industry"],
        8,
    ),
    "titles listed after the signing": Row(
        "Kazakhstan and Türkiye signed seven documents on Monday. The signed documents include:\n"
        "■ MOU on Strengthening Trade and Economic Cooperation;\n"
        "■ MOU on Financing Cooperation between the two export banks;\n"
        "■ Protocol on Cooperation in Agriculture and Fisheries.",
        ["agriculture", "finance", "trade"],
        7,
    ),
    "a signatory's name says who signs": Row(
        "Kazakhstan and Türkiye signed two agreements. An MoU between the Ministry of Tourism, Wildlife "
        "and Heritage of Kazakhstan and a Turkish agency covers tourism.",
        ["tourism"],
        2,
    ),
    "agreements in these areas": Row(
        "The leaders reviewed cooperation in technology, climate change and tourism, and signed "
        "agreements in these areas.",
        ["digital", "environment", "tourism"],
    ),
    "a batch set to be signed is planned": Row(
        "Over 20 business agreements on energy are set to be signed next week.", ["energy"], 20, "planned"
    ),
    "a batch a visit will bring is planned": Row(
        "The presidents will sign 14 agreements on transport during the visit.", ["transport"], 14, "planned"
    ),
    "a counted batch takes the fields the sentence before lists": Row(
        "The ministers see room for joint work in areas such as pharmaceuticals, aerospace and palm-oil "
        "processing. They said this was reflected in the seven memoranda signed by companies of both countries.",
        ["agriculture", "health", "industry"],
        7,
    ),
    "an uncounted deal does not take a delegation's fields": Row(
        "The delegation represented sectors such as construction, machinery and power generation. Its visit "
        "follows the signing of agreements to enhance cooperation.",
        [],
    ),
    "what a deal leads to is no sector": Row(
        "The sides welcomed the signing of the agreement on visa exemption for citizens, contributing to "
        "expanding trade, tourism and people-to-people exchange.",
        ["tourism"],
    ),
    "a loan agreement": Row(
        "The two sides inked six agreements including one on a loan for development projects.",
        ["finance"],
        6,
    ),
    "tariffs are trade, hydrogen is energy": Row(
        "The ministers signed three agreements on tariffs and green hydrogen.",
        ["energy", "trade"],
        3,
    ),
    "another clause's list of areas": Row(
        "The leaders announced the new Kazakhstan-Türkiye Action Plan, and underlined opportunities to "
        "deepen trade in areas such as infrastructure, energy and health.",
        [],
    ),
    "pandemic and border crossings": Row(
        "Three agreements were signed. The first deal focuses on cooperation during the pandemic and "
        "support for vaccination. The second deal concerns the modernisation of border crossings.",
        ["health", "transport"],
        3,
    ),
    "a document on teaching": Row(
        "The minister and the rector signed a document on the teaching of the Kazakh language.", ["education"]
    ),
    "commitments made through memoranda": Row(
        "The investments, made through memorandums of understanding, cover the automotive and biofuel fields.",
        ["energy", "industry"],
    ),
    "investments secured through memoranda, in a list of fields": Row(
        "The investments, secured through memorandums of understanding, are in the automotive, optical "
        "imagery and biofuel fields, among others.",
        ["energy", "industry"],
    ),
    "palm oil is agriculture": Row(
        "The two nations signed an MoU on Cooperation in Sustainable Production of Palm Oil.", ["agriculture"]
    ),
    "the year signed": Row(
        "The sides recalled the 14 agreements concluded in 2021 on energy.", ["energy"], 14, year=2021
    ),
    "a minister's portfolio is no field of the memoranda": Row(
        "The two sides signed eight memoranda between Kazakhstan's Minister of Commerce and Industry and Civil "
        "Aviation and his Turkish counterpart.",
        [],
        8,
    ),
    "who announced the signing is no field": Row(
        "The two countries signed a framework agreement on cooperation in the field of water policy, the "
        "Communications Directorate said in a statement on Monday.",
        ["environment"],
    ),
    "what the agreements provide for, a list of actions": Row(
        "The two sides signed 16 deals. The agreements provide for boosting business ties, opening the market "
        "to agricultural products such as saffron, and setting up a branch of the Industrial and Commercial "
        "Bank of China.",
        ["agriculture", "finance"],
        16,
    ),
    "the fields the sides agreed to strengthen ties in, under the agreements": Row(
        "Under the five agreements, which were signed at a forum in Astana, the two sides agreed to strengthen "
        "ties in cybersecurity, space, green energy and smart machinery, the council said.",
        ["digital", "energy", "industry", "science"],
        5,
    ),
    "exchanges in 5G and semiconductors": Row(
        "The delegation signed three MOUs to enhance exchanges in the 5G, semiconductor and health sectors.",
        ["digital", "health", "industry"],
        3,
    ),
    "documents on the export of farm goods are about farming": Row(
        "To date, Kazakhstan has signed documents with Türkiye on the export of 28 types of crop and livestock "
        "products.",
        ["agriculture"],
    ),
    "a protocol under which deliveries are set": Row(
        "We met the deputy prime minister and signed the relevant protocol, under which oil deliveries will be "
        "raised by 1 million tonnes next year.",
        ["energy"],
    ),
    "the agreement, as well as cooperation in other fields": Row(
        "In his meeting with the minister, he discussed expanding the Free Trade Agreement signed in 2007 as well "
        "as cooperation in industry, customs and logistics.",
        ["trade"],
        year=2007,
    ),
    "commercial contracts name no field": Row(
        "During the forum the two sides signed commercial contracts and cooperation agreements worth over "
        "$600 million.",
        [],
    ),
}


@pytest.mark.parametrize("row", list(ROWS.values()), ids=list(ROWS))
def test_agreement_record(row: Row) -> None:
    result = extract_text(f"Kazakhstan and Türkiye meet\n\n{row.text}")
    assert len(result.agreements) == 1, result.agreements
    record = result.agreements[0]
    assert record.sectors == row.sectors
    assert (record.count, record.status, record.year) == (row.count, row.status, row.year)
    assert result.text[record.start : record.end] == record.evidence


def test_the_parts_a_batch_includes_join_it_without_their_values() -> None:
    text = (
        "Kazakhstan and Türkiye meet\n\nThe two countries signed 35 MoUs. The MoUs include 12 investment "
        "agreements worth $1.4 billion and 23 trade agreements valued at $1.1 billion."
    )
    records = extract_text(text).agreements
    assert [(r.count, r.value, r.sectors) for r in records] == [(35, None, ["trade"])]


def test_a_restated_batch_takes_the_follow_up_after_a_newer_one() -> None:
    # The 13 memoranda restate the first batch after a separate deal; "The agreements ... range
    # from" follows that restatement, so its sectors are the batch's, not the supply deal's.
    text = (
        "Kazakhstan and Türkiye meet\n\nKazakhstan and Türkiye signed agreements valued at $30 billion. "
        "Separately, a Kazakh firm signed a supply agreement with a Turkish company. On Tuesday Kazakh and Turkish "
        "companies signed 13 memoranda worth $30 billion. The agreements between the two neighbours, which "
        "are seeking to diversify their economies away from oil, range from co-operation in the energy and "
        "tourism sectors to finance."
    )
    batch, supply = extract_text(text).agreements
    assert (batch.count, batch.sectors) == (13, ["energy", "finance", "tourism"])
    assert supply.sectors == []


def test_a_goals_horizon_is_no_signing_year() -> None:
    text = (
        "Kazakhstan and Türkiye meet\n\nTürkiye announced a new investment goal over the next five years "
        "as the sides concluded a raft of agreements on energy."
    )
    (record,) = extract_text(text, date=dt.date(2025, 7, 29)).agreements
    assert (record.year, record.sectors) == (None, ["energy"])


def test_restatements_merge_into_one_batch() -> None:
    text = (
        "Egypt and Türkiye sign 18 MoUs\n\n"
        "The visit produced 18 memoranda of understanding in transport and energy. "
        "The 18 memoranda cover sectors including defense, tourism and health."
    )
    result = extract_text(text)
    assert len(result.agreements) == 1
    record = result.agreements[0]
    assert record.sectors == ["defence", "energy", "health", "tourism", "transport"]
    assert record.count == 18
    assert record.evidence.startswith("The visit produced")
    assert [f.value for f in result.facts if f.metric == "agreements"] == [18]


def test_talk_of_cooperation_is_not_an_agreement() -> None:
    text = "Kazakhstan and Türkiye\n\nThe leaders agreed that cooperation in energy and tourism has great potential."
    assert extract_text(text).agreements == []


def test_agreement_value_from_price_tag() -> None:
    result = extract_text(
        "UK and India\n\nThe UK and India announced a £1 billion package of trade and investment deals."
    )
    assert [(a.value, a.currency) for a in result.agreements] == [(1e9, "GBP")]
    assert result.facts == []


def test_headline_batch_takes_the_body_count_and_value() -> None:
    text = (
        "Kazakhstan and Türkiye sign MoUs worth $2.8 billion\n\n"
        "Kazakhstan and Türkiye signed 27 memorandums of understanding worth $2.8 billion in fields including energy and mining."
    )
    (record,) = extract_text(text).agreements
    assert (record.count, record.value, record.sectors) == (27, 2.8e9, ["energy", "mining"])
    assert record.evidence.startswith("Kazakhstan and Türkiye signed 27")


NO_RECORD = {
    "two third countries sign": "Qatar and Bahrain signed a solidarity deal in January.",
    "signed with a bloc": "Kazakhstan will implement the free trade agreement Türkiye has signed with the "
    "(Moscow-led) Eurasian Economic Union.",
    "no agreement signed": "The prime minister ended his visit without signing a single agreement on energy.",
    "not a single one": "Not a single agreement on trade was signed during the trip.",
    "between one of the pair and a bloc": "Earlier, a Free Trade Agreement was signed between Türkiye and the "
    "European Union.",
    "a bloc's agreement named in compound": "Kazakhstan supports the early signing of the EU-Kazakhstan "
    "Enhanced Partnership Agreement.",
    "a bloc's agreement in lower case": "The sides committed to relaunching negotiations on the India-EU free "
    "trade agreement.",
    "a bloc named by its name": "The commission is preparing a free trade agreement between the Eurasian "
    "Economic Union and Kazakhstan.",
    "agreements signed with everyone": "Kazakhstan has 12 free trade agreements already signed with various "
    "countries and blocs.",
    "the agreements one country holds": "Kazakhstan is an open economy that has 14 free trade agreements "
    "(FTAs), he told the audience.",
    "an agreement the two agreed to explore": "Both countries hailed their trade relationship and agreed to explore a "
    "Free Trade Agreement to deepen cooperation further.",
    "a roadmap one minister suggested they sign": "The minister suggested that Kazakhstan and Türkiye prepare and sign, "
    "within three months, a roadmap for reaching their trade target.",
}


@pytest.mark.parametrize("text", list(NO_RECORD.values()), ids=list(NO_RECORD))
def test_no_agreement_of_the_pair(text: str) -> None:
    assert extract_text(f"Kazakhstan and Türkiye meet\n\n{text}").agreements == []
