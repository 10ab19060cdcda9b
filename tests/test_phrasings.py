"""One row per phrasing: the facts a sentence about a bilateral pair must give.

Each sentence sits in a short article about Kazakhstan and Türkiye dated 2025-07-29, so relative
years resolve against 2025. A row names only the fields it is about.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from extract import extract_text

DATE = dt.date(2025, 7, 29)
HEADLINE = "Kazakhstan and Türkiye review their economic ties"


class Example(NamedTuple):
    sentence: str
    expected: list[dict[str, object]]
    # Another pair's article: its headline and opening, for currencies and names the pair decides.
    opening: str | None = None
    date: dt.date = DATE


def facts_of(sentence: str, opening: str | None = None, date: dt.date = DATE) -> list[dict[str, object]]:
    opening = opening or f"{HEADLINE}\n\nOfficials from Kazakhstan and Türkiye met in Ankara."
    result = extract_text(f"{opening} {sentence}", source="test", date=date)
    return [fact.model_dump(by_alias=True) for fact in result.facts]


def matches(expected: dict[str, object], fact: dict[str, object]) -> bool:
    for key, want in expected.items():
        got = fact.get(key)
        if key in ("value", "value_max") and want is not None and got is not None:
            if abs(float(got) - float(want)) > 1e-6 * abs(float(want)):
                return False
        elif got != want:
            return False
    return True


def check(example: Example) -> None:
    facts = facts_of(example.sentence, example.opening, example.date)
    assert len(facts) == len(example.expected), facts
    for want in example.expected:
        assert any(matches(want, fact) for fact in facts), (want, facts)


MONEY = {
    "a bracket listing two equivalents, comma between, is one claim": Example(
        "Türkiye will invest £2 billion ($2.7 billion, 2.3 billion euros) in Kazakhstan's railways.",
        [{"metric": "investment", "value": 2e9, "unit": "GBP", "from": "TUR", "to": "KAZ"}],
    ),
    "hundreds in words before a scale": Example(
        "Trade between Kazakhstan and Türkiye reached three hundred million dollars in 2024.",
        [{"metric": "trade", "value": 300e6, "unit": "USD", "year": 2024}],
    ),
    "a letter sign before a number in words, its equivalent joined by 'and'": Example(
        "Trade between Kazakhstan and Türkiye in 2024 was more than RO one billion, equivalent to two billion "
        "and forty-two million US dollars.",
        [{"metric": "trade", "value": 1e9, "unit": "OMR", "year": 2024}],
    ),
    "a chain of equivalents that goes on past a bracket's close": Example(
        "Trade between Kazakhstan and Türkiye is over 250 billion roubles ($2.5 billion), or 1.3 trillion "
        "tenge.",
        [{"metric": "trade", "value": 250e9, "unit": "RUB"}],
    ),
    "a sum written scale by scale, the currency named once": Example(
        "Trade between Kazakhstan and Türkiye reached 6 billion 850 million dollars last year.",
        [{"metric": "trade", "value": 6.85e9, "unit": "USD", "year": 2024}],
    ),
    "a sum written scale by scale, the sign before the first": Example(
        "Turkish investment in Kazakhstan has reached $1 billion 232 million.",
        [{"metric": "investment", "value": 1.232e9, "unit": "USD", "from": "TUR", "to": "KAZ"}],
    ),
    "a fraction of a billion with the currency's code after it": Example(
        "Trade between Kazakhstan and Türkiye came to almost a quarter billion USD in the spring.",
        [{"metric": "trade", "value": 250e6, "unit": "USD", "qualifier": "about"}],
    ),
    "a half-billion, the currency named after the level it rises to": Example(
        "The two countries are working to lift their trade from half-billion to 1 billion USD in a year.",
        [{"kind": "actual", "value": 0.5e9, "unit": "USD"}, {"kind": "target", "value": 1e9, "unit": "USD"}],
    ),
    "a half-billion dollars": Example(
        "Trade reached a half-billion dollars last year.",
        [{"value": 0.5e9, "unit": "USD", "year": 2024}],
    ),
    "a fraction of a billion in words": Example(
        '"Trade has already reached nearly a quarter of a billion dollars," the president said.',
        [{"value": 250e6, "unit": "USD"}],
    ),
    "dollar sign": Example(
        "Bilateral trade currently stands at $5 billion.",
        [{"metric": "trade", "kind": "actual", "value": 5e9, "unit": "USD"}],
    ),
    "narrow no-break space": Example(
        "Bilateral trade currently stands at $5\u202fbillion.",
        [{"metric": "trade", "value": 5e9, "unit": "USD"}],
    ),
    "USD code and bln": Example(
        "Trade turnover reached USD 15 bln last year.",
        [{"metric": "trade", "kind": "actual", "value": 15e9, "unit": "USD", "year": 2024}],
    ),
    "bn dollars": Example(
        "Trade between the two countries hit 5bn dollars in 2023.",
        [{"metric": "trade", "value": 5e9, "unit": "USD", "year": 2023}],
    ),
    "US$ and bn": Example(
        "Two-way trade amounted to US$1.2bn in 2024.",
        [{"metric": "trade", "value": 1.2e9, "unit": "USD", "year": 2024}],
    ),
    "U.S. dollars spelled out": Example(
        "The two sides aim to bring trade to 10 billion U.S. dollars.",
        [{"metric": "trade", "kind": "target", "value": 10e9, "unit": "USD"}],
    ),
    "euro sign": Example(
        "Mutual trade totalled €2 billion in 2023.",
        [{"metric": "trade", "value": 2e9, "unit": "EUR", "year": 2023}],
    ),
    "pound with bracketed conversion": Example(
        "Trade was worth £18.6 billion ($25.25 billion) in 2023.",
        [{"metric": "trade", "value": 18.6e9, "unit": "GBP", "year": 2023}],
    ),
    "trillion": Example(
        "The leaders want bilateral trade to reach $1.4 trillion by 2040.",
        [{"metric": "trade", "kind": "target", "value": 1.4e12, "year": 2040}],
    ),
    "bare million takes the sentence's currency": Example(
        "Bilateral trade rose to 470 million in the first half, up from $400 million a year before.",
        [
            {"metric": "trade", "value": 470e6, "unit": "USD"},
            {"metric": "trade", "value": 400e6, "unit": "USD"},
        ],
    ),
    "word number": Example(
        "Trade reached five billion dollars last year.",
        [{"metric": "trade", "value": 5e9, "unit": "USD", "year": 2024}],
    ),
    "hyphenated range": Example(
        "Trade is expected to reach $5-6 billion by 2027.",
        [
            {
                "metric": "trade",
                "kind": "target",
                "value": 5e9,
                "value_max": 6e9,
                "qualifier": "range",
                "year": 2027,
            }
        ],
    ),
    "lira": Example(
        "Trade turnover stood at 120 billion Turkish lira in 2024.",
        [{"metric": "trade", "value": 120e9, "unit": "TRY", "year": 2024}],
    ),
    "a stray decimal comma in billions of dollars": Example(
        "In 2024, the trade turnover amounted to $1,340 billion.",
        [{"metric": "trade", "value": 1.34e9, "year": 2024}],
    ),
    "a demonym's currency in the press's plural": Example(
        "Trade turnover stood at 120 billion Turkish liras in 2024.",
        [{"metric": "trade", "value": 120e9, "unit": "TRY", "year": 2024}],
    ),
    "hyphenated figure before noun": Example(
        "The sides eye a US$10-billion trade turnover by 2030.",
        [{"metric": "trade", "kind": "target", "value": 10e9, "year": 2030}],
    ),
    "million with m suffix": Example(
        "Turkish investment in Kazakhstan rose to £533m in 2024.",
        [{"metric": "investment", "value": 533e6, "unit": "GBP", "from": "TUR", "to": "KAZ"}],
    ),
    "bare billion after an earlier currency": Example(
        "Trade hit $4 billion in 2023. The new goal is 10 billion in trade.",
        [{"value": 4e9, "kind": "actual"}, {"value": 10e9, "kind": "target", "unit": "USD"}],
    ),
    "a billion dollars in words": Example(
        "This two-way trade has risen from over a billion dollars in 2001 to an estimated $14 billion in 2014.",
        [{"value": 1e9, "unit": "USD", "year": 2001}, {"value": 14e9, "year": 2014}],
    ),
}

KIND = {
    "'sees opportunities as trade reaches $N': the 'as' clause states the level": Example(
        "Türkiye sees rising opportunities in energy as bilateral trade with Kazakhstan reaches $7 billion.",
        [{"metric": "trade", "kind": "actual", "value": 7e9}],
    ),
    "'is seen reaching $N' is still a forecast": Example(
        "Trade between Kazakhstan and Türkiye is seen reaching $10 billion by 2028.",
        [{"metric": "trade", "kind": "target", "value": 10e9, "year": 2028}],
    ),
    "a cue of the figure's own clause outweighs one of the clause before": Example(
        "More Turkish companies are choosing to invest in Kazakhstan, and Türkiye's direct investment in "
        "Kazakhstan amounted to nearly US$1.7 billion last year.",
        [
            {
                "metric": "investment",
                "kind": "actual",
                "value": 1.7e9,
                "from": "TUR",
                "to": "KAZ",
                "year": 2024,
            }
        ],
    ),
    "a forecast with a dashed aside after it keeps its measure": Example(
        "Trade between Kazakhstan and Türkiye totalled $4.2 billion last year and is expected to reach $6 billion "
        "in the current fiscal year to March -- with an estimated surplus of $2 billion in Türkiye's favour.",
        [
            {"value": 4.2e9, "kind": "actual", "year": 2024},
            {"metric": "trade", "value": 6e9, "kind": "target", "year": 2026},
        ],
    ),
    "a goal's deadline before its 'from X to Y' span is the goal's": Example(
        "Kazakhstan and Türkiye agreed to more than double trade within three years, from current levels of "
        "$2.7 billion to about $6 billion.",
        [
            {"value": 2.7e9, "kind": "actual"},
            {"value": 6e9, "kind": "target", "year": 2028, "period": "2025/2028"},
        ],
    ),
    "'currently' before a goal is when it is spoken of, no deadline": Example(
        "«Currently, we face the large task of increasing trade between Kazakhstan and Türkiye up to $10 billion,» "
        "the prime minister said.",
        [{"value": 10e9, "kind": "target", "year": None}],
    ),
    "sights set on a level of trade are a goal": Example(
        "Both sides have set their sights firmly on achieving $10 billion in bilateral trade this year.",
        [{"metric": "trade", "kind": "target", "value": 10e9, "year": 2025}],
    ),
    "a third country inside the name of the analyst's institute": Example(
        "According to an analyst at the Japan Development Institute (JDI), trade between Kazakhstan and "
        "Türkiye is set to grow to $8 billion by 2027.",
        [{"metric": "trade", "kind": "target", "value": 8e9, "year": 2027}],
    ),
    "a rise a deal has seen, inside a clause that aims ahead": Example(
        "Talks to upgrade the agreement will begin in April, aiming to build on the deal that's seen two-way "
        "trade between Kazakhstan and Türkiye triple to $6 billion since it came into force.",
        [{"metric": "trade", "kind": "actual", "value": 6e9}],
    ),
    "a sum earmarked for the coming years": Example(
        "Türkiye plans to invest $10 billion in Kazakhstan. Of that sum, $9 billion is earmarked for the next "
        "seven years.",
        [
            {"metric": "investment", "kind": "target", "value": 10e9},
            {"metric": "investment", "kind": "target", "value": 9e9},
        ],
    ),
    "a goal of the measure reaching a level": Example(
        "The leaders further set the ambitious goal of bilateral trade reaching $15 billion in 2030.",
        [{"metric": "trade", "kind": "target", "value": 15e9, "year": 2030}],
    ),
    "the year a passed target was set is not its deadline": Example(
        "We have crossed the trade target of $5 billion set in 2014 between Kazakhstan and Türkiye.",
        [{"metric": "trade", "kind": "target", "value": 5e9, "year": None}],
    ),
    "a result gerund after a signing is what came about": Example(
        "Kazakhstan and Türkiye signed new memoranda, taking the investment volume between them to $2.8 billion.",
        [{"metric": "investment", "kind": "actual", "value": 2.8e9}],
    ),
    "a change from the level 'of' one figure to another is no range": Example(
        "The prime minister urged business to lift the meager trade of $1 billion to $5 billion in three years.",
        [{"kind": "actual", "value": 1e9, "value_max": None}, {"kind": "target", "value": 5e9, "year": 2028}],
    ),
    "expected to have passed a level: still a forecast": Example(
        "Bilateral trade stood at 9.4 billion dollars in the first 11 months, and we expect it to have exceeded "
        "10 billion by December 31.",
        [{"kind": "actual", "value": 9.4e9}, {"kind": "target", "value": 10e9, "qualifier": "over"}],
    ),
    "a range the level is lifted to, written 'to between'": Example(
        "The corridor is expected to lift trade between the two countries from the current $7 billion to "
        "between $10 billion and $12 billion.",
        [
            {"kind": "actual", "value": 7e9},
            {"kind": "target", "value": 10e9, "value_max": 12e9, "qualifier": "range"},
        ],
    ),
    "sales between the two are their trade": Example(
        "Sales between Kazakhstan and Türkiye rose to 6 billion US dollars in 2024.",
        [{"metric": "trade", "value": 6e9, "kind": "actual", "year": 2024}],
    ),
    "a forecast after a past rise": Example(
        "Since the beginning of 2025, mutual trade has grown by 36 percent and is expected to exceed $10 billion "
        "by the end of the year.",
        [{"value": 10e9, "kind": "target", "year": 2025}],
    ),
    "the measure a figure modifies, after a deal named earlier": Example(
        "The sides sealed an LNG deal as the presidents set a USD 20 billion annual trade target by 2032.",
        [{"metric": "trade", "kind": "target", "value": 20e9, "year": 2032}],
    ),
    "two goals sharing one deadline": Example(
        "They agreed to raise the bilateral trade to $15 billion and even $18 billion by 2028.",
        [{"value": 15e9, "kind": "target", "year": 2028}, {"value": 18e9, "kind": "target", "year": 2028}],
    ),
    "a horizon counted from today is no year ahead": Example(
        "The trade volume more than doubled in three years from 2019 to 2022, peaking at $6.4 billion in 2022.",
        [{"value": 6.4e9, "kind": "actual", "year": 2022}],
    ),
    "a volume provided for a year ahead": Example(
        "The balance provides for 24 million tonnes of Kazakh oil for Türkiye in 2026.",
        [{"metric": "commodity_volume", "value": 24e6, "kind": "target", "year": 2026}],
    ),
    "a period named right after 'the period' is no reference back": Example(
        "Trade reached $40 billion in 2024, and a goal of $50 billion is set for 2027. For the period April "
        "2024 - February 2025, trade was actually about $45 billion.",
        [
            {"value": 40e9, "kind": "actual", "year": 2024},
            {"value": 50e9, "kind": "target", "year": 2027},
            {"value": 45e9, "kind": "actual", "period": "2024-04/2025-02"},
        ],
    ),
    "a past multiplication 'to reach' a level": Example(
        "Bilateral trade between the two countries has multiplied eight times since 2000 to reach $10 billion "
        "last year.",
        [{"value": 10e9, "kind": "actual", "year": 2024}],
    ),
    "an adverb splits the infinitive of a pledge": Example(
        "Kazakhstan, Türkiye sign agreement to jointly invest 2 billion euros in a new industrial park",
        [{"metric": "investment", "value": 2e9, "kind": "target"}],
    ),
    "projects a country will soon launch are a goal": Example(
        "Kazakhstan will soon launch four agricultural and food industry investment projects totalling 150 million "
        "dollars in Türkiye.",
        [{"metric": "investment", "value": 150e6, "kind": "target", "from": "KAZ", "to": "TUR"}],
    ),
    "a rise that has been under way came about": Example(
        "Trade turnover between Astana and Ankara has been increasing, from $206 million (157 million euros) in 2007 "
        "to $273 million in 2010.",
        [{"value": 206e6, "kind": "actual", "year": 2007}, {"value": 273e6, "kind": "actual", "year": 2010}],
    ),
    "up from over a sum is its baseline": Example(
        "The two countries discussed expanding bilateral trade to $11 billion by 2027, up from over $8.2 billion in "
        "2024, the highest in the past decade.",
        [{"value": 11e9, "kind": "target"}, {"value": 8.2e9, "kind": "actual", "year": 2024}],
    ),
    "now after a figure is that figure's": Example(
        "Thirdly, trade cooperation, meaning the trade would expand from 1 billion US dollars now to five billion "
        "US dollars in 2030.",
        [{"value": 1e9, "kind": "actual"}, {"value": 5e9, "kind": "target", "year": 2030}],
    ),
    "what we can achieve is a goal": Example(
        '"If we put our acts together, we can achieve $2 billion trade volume between the two countries," he said.',
        [{"value": 2e9, "kind": "target"}],
    ),
    "a goal as it stands now is a goal": Example(
        '"Our target now is $1 billion of trade between Kazakhstan and Türkiye."',
        [{"value": 1e9, "kind": "target"}],
    ),
    "now dates a level, not a goal": Example(
        "Trade exceeded $5.3 billion last year, and the two countries now aim for bilateral trade of $10 billion.",
        [{"value": 5.3e9, "year": 2024}, {"value": 10e9, "kind": "target", "year": None}],
    ),
    "with the aim of raising is a plan": Example(
        "The ministers vowed to widen their free trade agreement by the end of this year, with the aim of raising "
        "bilateral trade to $100 billion in the next five years.",
        [{"value": 100e9, "kind": "target"}],
    ),
    "a level that can go up to a sum is a goal": Example(
        '"If connectivity improves, the bilateral trade volume can go up to $4 billion," the ambassador said.',
        [{"value": 4e9, "kind": "target"}],
    ),
    "a past rise to reach a level is a record": Example(
        "Kazakhstan's non-oil trade with Türkiye had grown by more than 135% between 2006 and 2011 to reach "
        "US$882 million in 2011.",
        [{"value": 882e6, "kind": "actual", "year": 2011}],
    ),
    "a rise told in a with-clause came about": Example(
        "The countries are still seeing mutual trade surge in 2025, with volume increasing fivefold to $167 "
        "million in four months.",
        [{"value": 167e6, "kind": "actual", "year": 2025}],
    ),
    "an expected rise with a deadline ahead is a goal": Example(
        "Kazakhstan and Türkiye agreed a roadmap, with trade expected to grow, reaching $5 billion by 2030.",
        [{"metric": "trade", "value": 5e9, "kind": "target", "year": 2030}],
    ),
    "a goal changed from one sum to another: both goals": Example(
        "The trade target with Kazakhstan has more than doubled from $400 million to $1 billion, Erdoğan told "
        "the press.",
        [{"value": 400e6, "kind": "target"}, {"value": 1e9, "kind": "target"}],
    ),
    # An investor's pledge with no horizon is an announced total: the investment measure counts it.
    "an investment package pledged is an announced total": Example(
        "Türkiye pledged a $5 billion investment package for Kazakhstan.",
        [{"metric": "investment", "value": 5e9, "kind": "actual"}],
    ),
    "a pledge the host hopes to attract stays a goal": Example(
        "Kazakhstan hopes to attract a pledged $5 billion investment package from Türkiye.",
        [{"metric": "investment", "value": 5e9, "kind": "target"}],
    ),
    "what a speaker is expecting is a forecast": Example(
        "This year we're expecting about $2 billion of trade between Kazakhstan and Türkiye, he said.",
        [{"value": 2e9, "kind": "target", "year": 2025}],
    ),
    "a speaker's hope governs the level it names": Example(
        '"I hope that trade between Kazakhstan and Türkiye has reached some $4 billion by now," he said.',
        [{"value": 4e9, "kind": "target"}],
    ),
    "firms estimated to have presence exist": Example(
        "Over 1,600 Turkish companies are estimated to have presence in Kazakhstan with their production bases.",
        [{"metric": "companies", "value": 1600, "kind": "actual"}],
    ),
    "the goal a new one replaces": Example(
        "The announcement raises the trade target set by the leaders to USD 40 billion by 2027 as against USD "
        "30 billion by 2027 as decided earlier.",
        [{"value": 40e9, "kind": "target", "year": 2027}, {"value": 30e9, "kind": "target", "year": 2027}],
    ),
    "a figure that names a goal": Example(
        '"Last year, the two presidents decided to cross the $100 billion bilateral trade target by 2030."',
        [{"value": 100e9, "kind": "target", "year": 2030}],
    ),
    "the level a sum is added to": Example(
        "Türkiye on Wednesday announced it would add another $600 million to its $2.2 billion investment in "
        "Kazakhstan.",
        [{"metric": "investment", "value": 2.2e9, "kind": "actual", "from": "TUR", "to": "KAZ"}],
    ),
    "an aspiration is a goal": Example(
        '"The leaders have expressed their aspiration to see this trade increase to $15 billion."',
        [{"value": 15e9, "kind": "target"}],
    ),
    "a qualifier that is a verb of level": Example(
        "Bilateral trade grew. In two consecutive years we topped the 10-billion dollar line, and our goal "
        "is to take this volume to 15 billion dollars.",
        [{"value": 10e9, "kind": "actual"}, {"value": 15e9, "kind": "target"}],
    ),
    "an intended sum described as worth": Example(
        "Türkiye intends to lead investments worth $30 billion in Kazakhstan, according to a joint communique.",
        [{"metric": "investment", "value": 30e9, "kind": "target"}],
    ),
    "committed to reaching is a goal": Example(
        '"We are committed to reaching $5 billion in trade volume," the president said.',
        [{"value": 5e9, "kind": "target"}],
    ),
    "working towards a level is a goal": Example(
        "Officials are working towards achieving $10 billion in bilateral trade.",
        [{"value": 10e9, "kind": "target"}],
    ),
    "the writer's aside 'it should be noted' is no modal": Example(
        "It should be noted that earlier, in 2024, trade turnover between the countries amounted to $846.4 million.",
        [{"value": 846.4e6, "kind": "actual", "year": 2024}],
    ),
    "a goal raised to a level is a goal": Example(
        "Kazakhstan and Türkiye have raised their goal for two-way trade to $30 billion by 2030.",
        [{"value": 30e9, "kind": "target", "year": 2030}],
    ),
    "efforts aimed at reaching a level are a goal": Example(
        "The leaders agreed to step up efforts aimed at reaching a bilateral trade volume of $5 billion.",
        [{"value": 5e9, "kind": "target"}],
    ),
    "the year that names a goal": Example(
        "The president said the two countries had achieved the 2018 target of $400 million in trade.",
        [{"value": 400e6, "kind": "target", "year": 2018}],
    ),
    "raising it, said of the trade before": Example(
        'Trade reached $16 billion in 2013. "Let\'s increase it to $20 billion," he said.',
        [{"value": 16e9, "year": 2013}, {"value": 20e9, "kind": "target", "year": None}],
    ),
    "aim": Example(
        "The presidents aim for trade of $10 billion.",
        [{"metric": "trade", "kind": "target", "value": 10e9}],
    ),
    "goal of": Example(
        "They set a goal of $10 billion in bilateral trade.",
        [{"metric": "trade", "kind": "target", "value": 10e9}],
    ),
    "target of": Example(
        "The new target of $15 billion for bilateral trade was announced.",
        [{"metric": "trade", "kind": "target", "value": 15e9}],
    ),
    "plan to boost to": Example(
        "Both sides plan to boost trade turnover to $10 billion.",
        [{"metric": "trade", "kind": "target", "value": 10e9}],
    ),
    "raise from to": Example(
        "They want to raise trade from $5 billion to $15 billion.",
        [{"kind": "actual", "value": 5e9}, {"kind": "target", "value": 15e9}],
    ),
    "double to by year": Example(
        "The goal is to double trade to $20 billion by 2030.",
        [{"metric": "trade", "kind": "target", "value": 20e9, "year": 2030}],
    ),
    "should reach by year": Example(
        "Trade should reach $10 billion by 2030, the minister said.",
        [{"metric": "trade", "kind": "target", "value": 10e9, "year": 2030}],
    ),
    "stands at": Example(
        "Trade turnover stands at $6.3 billion.",
        [{"metric": "trade", "kind": "actual", "value": 6.3e9}],
    ),
    "grew to past tense": Example(
        "Bilateral trade grew by 12% in 2024 to $6.1 billion.",
        [{"metric": "trade", "kind": "actual", "value": 6.1e9, "year": 2024}],
    ),
    "this figure anaphora": Example(
        "Bilateral trade currently stands at $5 billion. Leaders aim to raise this figure to $15 billion.",
        [{"kind": "actual", "value": 5e9}, {"metric": "trade", "kind": "target", "value": 15e9}],
    ),
    "earlier target": Example(
        "Trade reached $5.3 billion, passing the earlier target of $5 billion in trade.",
        [{"kind": "actual", "value": 5.3e9}, {"kind": "target", "value": 5e9}],
    ),
    "expected to rise to": Example(
        "Gas flows reached 22.7 bcm in 2024 and are expected to rise to 38 bcm a year by 2027.",
        [{"kind": "actual", "value": 22.7e9, "year": 2024}, {"kind": "target", "value": 38e9, "year": 2027}],
    ),
    "pledged to raise it keeps the direction": Example(
        "Turkish investment in Kazakhstan remained below $1 billion, while Ankara pledged to raise it to $5 billion.",
        [
            {"kind": "actual", "qualifier": "under", "from": "TUR", "to": "KAZ"},
            {"kind": "target", "value": 5e9, "from": "TUR", "to": "KAZ"},
        ],
    ),
    "crossed": Example("Bilateral trade crossed $6 billion in 2024.", [{"qualifier": "over", "year": 2024}]),
    "year before counts back from the figure": Example(
        "Turkish companies invested $1.3 billion in Kazakhstan in 2024, down from $1.9 billion the year before.",
        [{"value": 1.3e9, "year": 2024}, {"value": 1.9e9, "year": 2023}],
    ),
    "expect it to exceed": Example(
        "Trade reached $22.6 billion in 2024, and officials expect it to exceed $25 billion this year.",
        [
            {"kind": "actual", "value": 22.6e9, "year": 2024},
            {"kind": "target", "value": 25e9, "year": 2025, "qualifier": "over"},
        ],
    ),
    "adding to existing is not a plan": Example(
        "Kazakhstan wants USD 1 bn more in Turkish investments, adding to existing Turkish investments of approximately USD 3 bn.",
        [{"kind": "target", "value": 1e9}, {"kind": "actual", "value": 3e9, "qualifier": "about"}],
    ),
    "will reach": Example(
        "Officials said trade will reach $9 billion by 2028.",
        [{"kind": "target", "value": 9e9, "year": 2028}],
    ),
    "next year target, last year actual": Example(
        "They plan to lift trade to USD 8 bn next year, up from last year's USD 6.6 bn.",
        [
            {"kind": "target", "value": 8e9, "year": 2026},
            {"kind": "actual", "value": 6.6e9, "year": 2024},
        ],
    ),
    "investments still under talks are a goal": Example(
        "Talks are under way on eight big Turkish investments in Kazakhstan worth a combined USD 500 million.",
        [{"metric": "investment", "kind": "target", "value": 500e6, "from": "TUR", "to": "KAZ"}],
    ),
    "a third country among the topics, then the pair's own trade goal": Example(
        "He said the pair had discussed global issues, including Syria and the Palestinian cause, along with "
        "future deals intended to lift their trade to $10 billion a year.",
        [{"metric": "trade", "kind": "target", "value": 10e9}],
    ),
    "an aside after the level before is that level's": Example(
        "The leaders set the goal of doubling trade, taking it from $100 billion per year (a mark that was "
        "reached in 2018) to $200 billion by 2024.",
        [
            {"kind": "actual", "value": 100e9, "year": 2018},
            {"kind": "target", "value": 200e9, "year": 2024},
        ],
    ),
    "not content with the trade of today: the level now": Example(
        '"We should not be happy with bilateral trade of $125 billion," the minister said.',
        [{"metric": "trade", "kind": "actual", "value": 125e9}],
    ),
    "'total' before a noun is an adjective, no verb to come": Example(
        "The report profiles 18 firms which contributed to total two-way investment of $9 billion.",
        [{"metric": "investment", "kind": "actual", "value": 9e9}],
    ),
    "'at present' before a contrast with a forecast is the level now": Example(
        '"Kazakh investment in Türkiye is growing as well. At present it is over 4 billion USD, but in the '
        'coming years we expect this figure to exceed 15 billion USD," he said.',
        [{"kind": "actual", "value": 4e9}, {"kind": "target", "value": 15e9}],
    ),
    "a horizon in a later clause of its own is no deadline for the figure before": Example(
        "The first direct investments from Türkiye in 2007 were modest at US$6.4 million, and similar levels "
        "continued over the next four years.",
        [{"metric": "investment", "kind": "actual", "value": 6.4e6, "year": 2007}],
    ),
    "a past relative clause before the figure states a level": Example(
        "Over the next decade, the pact is expected to remove tariffs on trade between the two countries, "
        "which was valued at $4.8 billion in 2024.",
        [{"metric": "trade", "kind": "actual", "value": 4.8e9, "year": 2024}],
    ),
    "the estimated size of a flow still to come is a target": Example(
        "Under the long-term contract, Türkiye will bring in Kazakh oil at an annual volume estimated at 1.5 "
        "million tons.",
        [{"metric": "commodity_volume", "kind": "target", "value": 1.5e6}],
    ),
    "the number of firms that will exceed a mark is a goal for their count": Example(
        "The number of enterprises with Turkish investments in Kazakhstan will exceed the 1,000 mark by the end "
        "of 2026, he said.",
        [{"metric": "companies", "kind": "target", "value": 1000, "year": 2026, "from": "TUR", "to": "KAZ"}],
    ),
    "an aspiration to invest is a goal, not a pledge": Example(
        '"The Turkish Wealth Fund announced its aspiration to invest $3 billion in various commercial sectors '
        'in Kazakhstan," the statement said.',
        [{"metric": "investment", "kind": "target", "value": 3e9, "from": "TUR", "to": "KAZ"}],
    ),
    "'the number is likely to increase to' after a count of firms is their goal": Example(
        "A total of 450 Turkish enterprises have investments in Kazakhstan, and the number is likely to "
        "increase to 800 in the next few years.",
        [
            {"metric": "companies", "kind": "actual", "value": 450},
            {"metric": "companies", "kind": "target", "value": 800},
        ],
    ),
    "'the number is likely to increase to between' two counts": Example(
        "A total of 450 Turkish enterprises have investments in Kazakhstan, and the number is likely to "
        "increase to between 800 and 1000 in the next two years.",
        [
            {"metric": "companies", "kind": "actual", "value": 450},
            {"metric": "companies", "kind": "target", "value": 800},
        ],
    ),
}

YEARS = {
    "a fiscal year named by the day it ends on": Example(
        "Trade between Kazakhstan and Türkiye in the fiscal year ending March 31, 2025 reached $4.4 billion.",
        [{"value": 4.4e9, "year": 2025, "period": "2024-04/2025-03"}],
    ),
    "'the corresponding period in 2023-24' moves a fiscal year's months to that year": Example(
        "Trade for the 11 months (April 2024-February 2025) was $7.1 billion against $6.5 billion during the "
        "corresponding period in 2023-24.",
        [
            {"value": 7.1e9, "year": 2025, "period": "2024-04/2025-02"},
            {"value": 6.5e9, "year": 2024, "period": "2023-04/2024-02"},
        ],
    ),
    "the same period last year, 'when' it stood at a level: that level's period": Example(
        "Trade reached $3.1 billion in January-June, up 12% compared to the same period last year when total "
        "trade was $2.8 billion.",
        [
            {"metric": "trade", "value": 3.1e9, "year": 2025, "period": "2025-01/2025-06"},
            {"metric": "trade", "value": 2.8e9, "year": 2024, "period": "2024-01/2024-06"},
        ],
    ),
    "'a decade ago' is ten years before the article": Example(
        "Trade between Kazakhstan and Türkiye, only $1.2 billion a decade ago, reached $4.5 billion last year.",
        [{"value": 1.2e9, "year": 2015}, {"value": 4.5e9, "year": 2024}],
    ),
    "the level a span of years rose to is the span's end": Example(
        "The stock of Turkish direct investment in Kazakhstan rose by about 26% between 2017 and 2024, to USD 4.6 billion.",
        [{"metric": "investment", "value": 4.6e9, "year": 2024, "period": "2024"}],
    ),
    "a bracketed figure after its own fiscal year": Example(
        "Only twice has bilateral trade crossed the $10 billion mark – in 2017-18 ($10,686.85 million) and "
        "2019-20 ($10,110.68 million).",
        [{"value": 10686.85e6, "year": 2018}, {"value": 10110.68e6, "year": 2020}],
    ),
    "the full year is the current one": Example(
        "Full-year trade between the two countries is expected to reach $7 billion.",
        [{"kind": "target", "value": 7e9, "year": 2025}],
    ),
    "a date of history in the sentence before dates no batch": Example(
        "Kazakhstan and Türkiye established diplomatic relations on March 2, 1992. At the business forum, the "
        "ministers exchanged eight agreements.",
        [{"metric": "agreements", "value": 8, "year": None}],
    ),
    "a multiple of an earlier year's figure is the baseline's year": Example(
        "In 2024, bilateral trade reached $5.1 billion, double the 2019 figure.",
        [{"metric": "trade", "value": 5.1e9, "year": 2024}],
    ),
    "an opening time after the speaker's frame governs the sentence": Example(
        "He said that in the previous Fiscal year of 2024, transit trade was worth up to $5.6 billion and the "
        "bilateral trade volume $1.3 billion.",
        [{"value": 1.3e9, "year": 2024}],
    ),
    "a goal's year between its measure and its figure": Example(
        '"We want to reach a volume of trade in 2030 of $28 billion," the premier said.',
        [{"value": 28e9, "kind": "target", "year": 2030}],
    ),
    "a baseline's period past its decimals is not lent to the next sentence": Example(
        "Turkish investment in Kazakhstan totaled $196.4m in 2024, slightly down from $199.6m during the same "
        "period in 2023. Meanwhile, Kazakh investment in Türkiye stood at $97.9m.",
        [{"value": 196.4e6, "year": 2024}, {"value": 199.6e6}, {"value": 97.9e6, "year": 2024}],
    ),
    "the previous year, counted from the sentence before": Example(
        "Trade between the two countries totalled over $7 billion in 2023. The previous year's trade figure "
        "was $2.2 billion.",
        [{"value": 7e9, "year": 2023}, {"value": 2.2e9, "year": 2022}],
    ),
    "a clause fronted by its own time after 'and'": Example(
        "In 2024, trade was around $2 billion and by the half of this year, trade has gone beyond $1.5 billion.",
        [{"value": 2e9, "year": 2024}, {"value": 1.5e9, "year": 2025}],
    ),
    "the year a forecast is for, named before its verb": Example(
        "In 2024, trade reached $3.1 billion, and the figure in 2026 is expected to reach $5 billion.",
        [{"value": 3.1e9, "kind": "actual", "year": 2024}, {"value": 5e9, "kind": "target", "year": 2026}],
    ),
    "an editor's bracketed year after a relative one": Example(
        '"Trade amounted to $4.8 billion this year [2024]," the chamber said.',
        [{"metric": "trade", "value": 4.8e9, "year": 2024}],
    ),
    "by year": Example("Trade is to hit $12 billion by 2028.", [{"year": 2028, "kind": "target"}]),
    "in year": Example("Trade amounted to $4.8 billion in 2023.", [{"year": 2023, "kind": "actual"}]),
    "fiscal year": Example(
        "Bilateral trade was $3.1 billion in fiscal year 2023-24.", [{"year": 2024, "value": 3.1e9}]
    ),
    "first quarter": Example(
        "In the first quarter of 2025, trade reached $1.2 billion.", [{"year": 2025, "kind": "actual"}]
    ),
    "month span without a year": Example(
        # Published in July 2025: the latest January-October that has ended is 2024's.
        "Trade between Kazakhstan and Türkiye reached $4.1 billion in January-October.",
        [{"value": 4.1e9, "year": 2024, "period": "2024-01/2024-10"}],
    ),
    "first half without a year": Example(
        "In the first half, trade between Kazakhstan and Türkiye reached $3 billion.", [{"year": 2025}]
    ),
    "dated month span": Example("Trade reached $4.4 billion in January-November 2024.", [{"year": 2024}]),
    "this year": Example("Trade should pass $7 billion this year.", [{"year": 2025}]),
    # A level in the present tense is as of the article's date, with no period of its own.
    "present tense is the publication year": Example(
        "Trade currently stands at $5 billion.", [{"year": 2025, "period": None}]
    ),
    "a yearless restatement of a dated figure": Example(
        "Trade reached $6 billion in 2024, and will grow from the current $6 billion.", [{"year": 2024}]
    ),
    "baseline year after a comparison": Example(
        "In January-November 2024, trade turnover reached $441.6 million, 35% more than in the same period of 2023.",
        [{"value": 441.6e6, "year": 2024}],
    ),
    "year after the source country": Example(
        "Investment of $2 billion from Türkiye in 2024 went into Kazakh energy.",
        [{"metric": "investment", "year": 2024, "from": "TUR", "to": "KAZ"}],
    ),
    "short fiscal year": Example(
        "Turkish investment in Kazakhstan amounted to $3.35 billion in FY24.",
        [{"year": 2024, "metric": "investment"}],
    ),
    "total trade is bilateral": Example(
        "Total trade between Kazakhstan and Türkiye stood at $8.6 billion in 2024.",
        [{"metric": "trade", "value": 8.6e9}],
    ),
    "a percent above the previous year's level is the baseline's time": Example(
        "In 2021, the two countries' combined imports and exports came to US$25.25 billion, 17.6% above the "
        "previous year's level.",
        [{"metric": "trade", "value": 25.25e9, "year": 2021}],
    ),
    "a time after 'and' opening the next clause is that clause's": Example(
        '"Our trade volume last year was $600 million and this year we expect it to be $700 million," he said.',
        [{"kind": "actual", "value": 600e6, "year": 2024}, {"kind": "target", "value": 700e6, "year": 2025}],
    ),
    "the year a rise is measured over is the baseline's": Example(
        "Bilateral trade in 2022-23, rising substantially over the previous year to touch $6.2 billion, set a record.",
        [{"metric": "trade", "value": 6.2e9, "year": 2023}],
    ),
    "the year a forecast rise happens in dates the level it rises to": Example(
        "Kazakhstan said its bilateral trade with Türkiye is expected to grow at least 30 per cent in 2026 to "
        "about USD 11 billion.",
        [{"metric": "trade", "kind": "target", "value": 11e9, "year": 2026}],
    ),
    "a period a rise is measured from is the baseline's, after targets with later years": Example(
        "Leaders set a goal of raising trade to $10 billion by 2030. Trade rose by 50.3% in 2024 from the previous year to "
        "reach 5.9 billion dollars.",
        [{"kind": "target", "value": 10e9, "year": 2030}, {"kind": "actual", "value": 5.9e9, "year": 2024}],
    ),
    "a sentence opening with two consecutive years names one fiscal year": Example(
        "Between 2023 and 2024 the total bilateral trade between the two countries amounted to $537.5 million.",
        [{"metric": "trade", "value": 537.5e6, "year": 2024}],
    ),
    "'N years ago' is that many years before publication": Example(
        "Only 12 years ago, the trade volume between the two countries was $1.2 million; now it stands at $6 billion.",
        [{"value": 1.2e6, "year": 2013}, {"value": 6e9, "kind": "actual"}],
    ),
    "the year closing one figure's clause dates the measure joined to it by 'and'": Example(
        "Official data show trade between the two countries was worth $6.1 billion in 2024 and mutual "
        "investment came to $3.2 billion.",
        [{"metric": "trade", "year": 2024}, {"metric": "investment", "value": 3.2e9, "year": 2024}],
    ),
    "'N years from now' is that many years after publication": Example(
        "The ambassador expects trade between the two countries to climb to as much as $5 billion three years from now.",
        [{"metric": "trade", "kind": "target", "value": 5e9, "year": 2028}],
    ),
    "a time in the clause 'and we want ...' after the figure is that clause's": Example(
        '"In 2024, we had a trade figure of approximately 6 billion US dollars and we very much want to '
        'increase this figure even more this year," he said.',
        [{"metric": "trade", "kind": "actual", "value": 6e9, "year": 2024}],
    ),
    "a fiscal year under way dates the part of it already past": Example(
        "The trade volume surged during the first quarter of FY 2025/2026 to reach $1.3 billion.",
        [{"metric": "trade", "kind": "actual", "value": 1.3e9, "year": 2026}],
    ),
    "a time fronting the sentence is its own, not the goal's after the figure": Example(
        "In 2024, bilateral trade surged by 64.7 percent to $4.8 billion, two years ahead of the goal set in 2022.",
        [{"metric": "trade", "kind": "actual", "value": 4.8e9, "year": 2024}],
    ),
    "'until the end of the year' is the current year's deadline": Example(
        "Türkiye will receive 1.3 billion cubic meters of gas from Kazakhstan from March until the end of the year.",
        [{"metric": "commodity_volume", "kind": "target", "value": 1.3e9, "year": 2025}],
    ),
    "'now' after a clause's own year dates the figure after it": Example(
        "Türkiye, whose trade with Kazakhstan stood at only $63 million in 1994, now has more than 4,200 "
        "companies operating in Kazakhstan.",
        [{"value": 63e6, "year": 1994}, {"metric": "companies", "value": 4200, "year": 2025}],
    ),
    "the year of the event a span counts from is no year of the level": Example(
        "The value of this trade – USD 6.4 billion – has increased 21 times since the president's first visit "
        "to Ankara in 2004.",
        [{"metric": "trade", "value": 6.4e9, "year": None}],
    ),
}

QUALIFIERS = {
    "a round count with '-odd' after it": Example(
        "There are now 600-odd Turkish firms doing business in Kazakhstan.",
        [{"metric": "companies", "value": 600, "qualifier": "about", "from": "TUR", "to": "KAZ"}],
    ),
    "nearly": Example("Trade reached nearly $5 billion.", [{"qualifier": "about"}]),
    "no less than is at least": Example(
        "Kazakhstan plans to export no less than 700,000 tonnes of wheat to Türkiye this year.",
        [{"value": 700e3, "qualifier": "over"}],
    ),
    "around": Example("Trade totals around $5 billion.", [{"qualifier": "about"}]),
    "some": Example("Some 4,000 Turkish companies operate in Kazakhstan.", [{"qualifier": "about"}]),
    "approximately": Example("Trade is approximately $5 billion.", [{"qualifier": "about"}]),
    "exceed": Example("Kazakh investments in Türkiye exceed $1.5 billion.", [{"qualifier": "over"}]),
    "more than": Example("Trade is worth more than $5 billion.", [{"qualifier": "over"}]),
    "up to": Example("Up to 1.5 million tons of oil will be shipped.", [{"qualifier": "under"}]),
    "less than": Example("Trade was less than $2 billion in 2010.", [{"qualifier": "under"}]),
    "exact": Example("Trade was $2 billion in 2010.", [{"qualifier": "exact"}]),
}

DIRECTIONS = {
    "'joint ventures with Kazakh partners' names the partners, not the firms' home": Example(
        "Around 70 Turkish companies are engaged in Kazakhstan either through joint ventures with Kazakh "
        "partners or through wholly owned subsidiaries.",
        [{"metric": "companies", "value": 70, "from": "TUR", "to": "KAZ"}],
    ),
    "'its investments' are those of the country the sentence opened with": Example(
        "While Türkiye's exports to Kazakhstan are large, its investments total only $800 million.",
        [{"metric": "investment", "value": 800e6, "from": "TUR", "to": "KAZ"}],
    ),
    "'They come to' a sum: the investments the sentence before named": Example(
        "While Türkiye's exports to Kazakhstan are large, its investments lag far behind. "
        "They come to only about $800 million, the ministry said.",
        [{"metric": "investment", "value": 800e6, "from": "TUR", "to": "KAZ"}],
    ),
    "'the five-year investment worth' a sum, after a source: the flow the sentence before named": Example(
        "Türkiye will invest billions in Kazakhstan under the new partnership. According to a joint "
        "statement, the five-year investment worth $5 billion will go to energy and transport.",
        [{"metric": "investment", "value": 5e9, "from": "TUR", "to": "KAZ"}],
    ),
    "'has invested in N projects in Y, with capital of' a sum: the verb's subject invests": Example(
        "Türkiye is a large investor in Kazakhstan, with 400 projects worth $5 billion. Kazakhstan, for "
        "its part, has invested in 30 projects in Türkiye, with combined capital of about $90 million.",
        [
            {"metric": "investment", "value": 5e9, "from": "TUR", "to": "KAZ"},
            {"metric": "investment", "value": 90e6, "from": "KAZ", "to": "TUR"},
        ],
    ),
    "firms counted after the verb 'number'": Example(
        "Turkish companies operating in Kazakhstan number more than 4,000.",
        [{"metric": "companies", "value": 4000, "qualifier": "over", "from": "TUR", "to": "KAZ"}],
    ),
    "firms that 'now total' a count": Example(
        "Kazakh firms registered in Türkiye now total about 900, the embassy said.",
        [{"metric": "companies", "value": 900, "from": "KAZ", "to": "TUR"}],
    ),
    "a recipient ranked worldwide, the pair's stock after it": Example(
        "Kazakhstan ranks as the third-largest recipient of Turkish foreign direct investment worldwide, "
        "totaling $6.5 billion in 2024.",
        [{"metric": "investment", "value": 6.5e9, "year": 2024, "from": "TUR", "to": "KAZ"}],
    ),
    "a partner's contribution to the flow the sentence before named": Example(
        "Kazakhstan has seen weak FDI inflows in recent years, but Türkiye has remained a reliable investor. "
        "In 2024, Türkiye contributed $1.2 billion, the most of any country.",
        [{"metric": "investment", "value": 1.2e9, "year": 2024, "from": "TUR", "to": "KAZ"}],
    ),
    "a goal naming no country, for the flow the article told": Example(
        "Turkish companies have invested $5 billion in Kazakhstan. The ministers also discussed transport. "
        '"In the coming five years, we have set a new target of $10 billion investment," he said.',
        [
            {"metric": "investment", "value": 5e9, "from": "TUR", "to": "KAZ"},
            {"metric": "investment", "kind": "target", "value": 10e9, "from": "TUR", "to": "KAZ"},
        ],
    ),
    "a country that has made investments, the host left to the pair": Example(
        "Trade between the two countries grew. Türkiye has made investments totaling more than $10 billion.",
        [{"metric": "investment", "value": 10e9, "from": "TUR", "to": "KAZ"}],
    ),
    "firms with the participation of a demonym's business, past an aside": Example(
        "Kazakhstan has 1,240 enterprises (3.1 percent of all operating enterprises) with the participation of "
        "Turkish business as of January 1.",
        [{"metric": "companies", "value": 1240, "from": "TUR", "to": "KAZ"}],
    ),
    "the ranked investor after an envoy and a conjunction": Example(
        "Kazakh Ambassador to Türkiye Yerlan Baimukhan said Türkiye is a major economic partner and the fourth "
        "largest investor of Kazakhstan with more than 500 projects valued at over $5 billion.",
        [{"metric": "investment", "value": 5e9, "from": "TUR", "to": "KAZ"}],
    ),
    "the partner ranked ahead is no partner of the figure": Example(
        "Türkiye last year ranked second, behind only the US, as a source of foreign direct investment into "
        "Kazakhstan, at $13.8 billion.",
        [{"metric": "investment", "value": 13.8e9, "from": "TUR", "to": "KAZ"}],
    ),
    "portfolio investment is invested money": Example(
        "Türkiye's combined direct investment and portfolio investment was $25.7 billion.",
        [{"metric": "investment", "value": 25.7e9, "from": "TUR", "to": "KAZ"}],
    ),
    "a country ranked by the investment it made": Example(
        "Türkiye ranked 3rd in terms of foreign direct investment, with 40 projects worth a combined $2.3 billion.",
        [{"metric": "investment", "value": 2.3e9, "from": "TUR", "to": "KAZ"}],
    ),
    "the investment's value, the investor and host told the sentence before": Example(
        "During the 2016-2021 period, Türkiye was the fifth largest investor out of 157 countries investing in "
        "Kazakhstan. The investment value was recorded at 9.68 billion USD, or 5.43 percent of total foreign investment.",
        [{"metric": "investment", "value": 9.68e9, "from": "TUR", "to": "KAZ"}],
    ),
    "a stock of FDI held by the investor": Example(
        "The stock of foreign direct investment held by Kazakhstan reached $2.7bn in 2024.",
        [{"metric": "investment", "value": 2.7e9, "from": "KAZ", "to": "TUR", "year": 2024}],
    ),
    "a party's title names no investor": Example(
        "Under an agreement signed between the Investment Board of the Government of Kazakhstan and Aksa Energy, "
        "the Turkish firm has pledged $130 million of FDI.",
        [{"metric": "investment", "value": 130e6, "from": "TUR", "to": "KAZ"}],
    ),
    "a host that has the other's projects": Example(
        "Currently, Kazakhstan has 513 valid Turkish investment projects registered at nearly $2 billion.",
        [{"metric": "investment", "value": 2e9, "from": "TUR", "to": "KAZ"}],
    ),
    "a country's private sector investment in the other's industries": Example(
        "The deal sets out $2 billion in Kazakh private sector investment across Turkish industries such as finance.",
        [{"metric": "investment", "value": 2e9, "from": "KAZ", "to": "TUR"}],
    ),
    "demonym investments in": Example(
        "Turkish investments in Kazakhstan now total around $5 billion.",
        [{"metric": "investment", "kind": "actual", "value": 5e9, "from": "TUR", "to": "KAZ"}],
    ),
    "possessive investment in": Example(
        "Kazakhstan's investment in Türkiye is worth $1.5 billion.",
        [{"metric": "investment", "from": "KAZ", "to": "TUR"}],
    ),
    "invested in": Example(
        "Turkish firms have invested $5 billion in Kazakhstan.",
        [{"metric": "investment", "from": "TUR", "to": "KAZ"}],
    ),
    "FDI from into": Example(
        "Direct investment from Türkiye into Kazakhstan reached $6 billion in 2024.",
        [{"metric": "investment", "from": "TUR", "to": "KAZ", "year": 2024}],
    ),
    "investor in": Example(
        "Türkiye is the fifth-largest investor in Kazakhstan, with cumulative direct investment of $6 billion.",
        [{"metric": "investment", "from": "TUR", "to": "KAZ"}],
    ),
    "money into a country": Example(
        "Turkish firms have put around $5 billion into Kazakhstan.",
        [{"metric": "investment", "value": 5e9, "from": "TUR", "to": "KAZ"}],
    ),
    "largest investor": Example(
        "Türkiye is Kazakhstan's largest foreign investor, with total FDI of $6 billion.",
        [{"metric": "investment", "from": "TUR", "to": "KAZ"}],
    ),
    "attract investment target": Example(
        "Kazakhstan wants to attract an additional USD 1 bn in Turkish investments.",
        [{"metric": "investment", "kind": "target", "from": "TUR", "to": "KAZ"}],
    ),
    "companies operate in": Example(
        "Some 4,000 Turkish companies operate in Kazakhstan.",
        [{"metric": "companies", "value": 4000, "unit": "count", "from": "TUR", "to": "KAZ"}],
    ),
    "companies with capital": Example(
        "More than 4,000 companies with Turkish capital are registered in Kazakhstan.",
        [{"metric": "companies", "value": 4000, "from": "TUR", "to": "KAZ", "qualifier": "over"}],
    ),
    "'N of them since' a date is the part of the firms that time counts": Example(
        "So far, 174 enterprises with Turkish capital have been set up in Kazakhstan, 16 of them since the "
        "beginning of 2025.",
        [
            {"metric": "companies", "value": 174, "year": None, "from": "TUR", "to": "KAZ"},
            {"metric": "companies", "value": 16, "year": 2025, "from": "TUR", "to": "KAZ"},
        ],
    ),
    "'the number was N' a year earlier is the firms counted before": Example(
        "As of June 1, 2025, there are 1,150 companies with Turkish capital operating in Kazakhstan. A year "
        "earlier, the number was 980.",
        [
            {"metric": "companies", "value": 1150, "year": 2025, "from": "TUR", "to": "KAZ"},
            {"metric": "companies", "value": 980, "year": 2024, "from": "TUR", "to": "KAZ"},
        ],
    ),
    "'when their number reached N' is the count of the firms named": Example(
        "The number of Turkish companies in Kazakhstan has grown by 3% since January 1, 2025, when their number "
        "reached 1120.",
        [{"metric": "companies", "value": 1120, "year": 2025, "from": "TUR", "to": "KAZ"}],
    ),
    "'their number stood at N' counts the firms told in the sentence before": Example(
        "There are 1,150 companies with Turkish capital in Kazakhstan. On January 1, their number stood at 1,120.",
        [
            {"metric": "companies", "value": 1150, "from": "TUR", "to": "KAZ"},
            {"metric": "companies", "value": 1120, "from": "TUR", "to": "KAZ"},
        ],
    ),
    "'the number was N' with no count told before is no count": Example(
        "Trade between Kazakhstan and Türkiye grew. A year earlier, the number was 980.",
        [],
    ),
    "number of companies comes last": Example(
        "The number of companies with Turkish capital in Kazakhstan has exceeded 1,800.",
        [{"metric": "companies", "value": 1800, "qualifier": "over", "from": "TUR", "to": "KAZ"}],
    ),
    "multi-word demonym": Example(
        "About 700 Kazakh companies are active in Türkiye.",
        [{"metric": "companies", "value": 700, "from": "KAZ", "to": "TUR"}],
    ),
    "two-way investment has no single investor": Example(
        "Turkish and Kazakh firms hold two-way investment of $9 billion.",
        [{"metric": "investment", "value": 9e9, "from": None, "to": None}],
    ),
    "firms taking part in projects there are firms at work there": Example(
        "The ambassador noted that 60 Turkish companies are taking part in over 80 infrastructure projects in "
        "Kazakhstan.",
        [{"metric": "companies", "value": 60, "from": "TUR", "to": "KAZ"}],
    ),
    "firms the investment represents are firms there": Example(
        "Turkish investments in Kazakhstan have reached $4.4 billion, representing 557 Turkish firms with "
        "investments in energy and agriculture.",
        [
            {"metric": "investment", "value": 4.4e9},
            {"metric": "companies", "value": 557, "from": "TUR", "to": "KAZ"},
        ],
    ),
    "a count with examples named after it is still a count": Example(
        "So far, about 50 Turkish companies, including Koç, Sabancı and Eczacıbaşı, have invested about $2.5 "
        "billion in Kazakhstan.",
        [
            {"metric": "companies", "value": 50, "from": "TUR", "to": "KAZ"},
            {"metric": "investment", "value": 2.5e9},
        ],
    ),
    "investing in each other's markets has no single investor": Example(
        "Kazakh and Turkish businesses lead in investing in each other's markets, having committed $5 billion.",
        [{"metric": "investment", "value": 5e9, "from": None, "to": None}],
    ),
    "ventures with a country's investment are its firms there": Example(
        "By 2022, there were 150 ventures with Turkish investment running actively in Kazakhstan.",
        [{"metric": "companies", "value": 150, "from": "TUR", "to": "KAZ"}],
    ),
    "firms doing successful business there are firms there": Example(
        "He said about 600 Turkish companies were doing successful business in free economic zones of Kazakhstan.",
        [{"metric": "companies", "value": 600, "from": "TUR", "to": "KAZ"}],
    ),
    "ventures named by the pair's two names are both's": Example(
        "He said that the total number of Kazakh-Turkish joint ventures had risen to 343.",
        [{"metric": "companies", "value": 343, "from": None, "to": None}],
    ),
    "'the investment' after a fronted time is the flow the sentence before named": Example(
        "Türkiye is the largest investor in Kazakhstan. In 2024 the investment amounted to about 4.2 billion euros.",
        [{"metric": "investment", "value": 4.2e9, "from": "TUR", "to": "KAZ", "year": 2024}],
    ),
    "firms that have investments there are firms there": Example(
        "A total of 450 Turkish enterprises have investments in Kazakhstan.",
        [{"metric": "companies", "value": 450, "from": "TUR", "to": "KAZ"}],
    ),
    "a sum that is part of a country's FDI flows into that country": Example(
        "Türkiye accounted for 1.7 billion U.S. dollars of Kazakhstan's 2024 FDI total of 48.4 billion dollars.",
        [{"metric": "investment", "value": 1.7e9, "from": "TUR", "to": "KAZ", "year": 2024}],
    ),
    "investments that include deals are investments": Example(
        "The President's visit yielded $15 billion in investments including deals forged between local and "
        "Turkish firms in Kazakhstan.",
        [{"metric": "investment", "value": 15e9, "from": "TUR", "to": "KAZ"}],
    ),
}

VOLUMES = {
    "a figure made an adjective: 'the 5-million-tonne threshold'": Example(
        "Kazakhstan is expected to surpass the 5-million-tonne threshold in wheat exports to Türkiye this year.",
        [{"metric": "commodity_volume", "kind": "target", "value": 5e6, "unit": "t", "year": 2025}],
    ),
    "a sum made an adjective: 'a 5-billion-dollar trade goal'": Example(
        "Kazakhstan and Türkiye set a 5-billion-dollar trade goal for 2027.",
        [{"metric": "trade", "kind": "target", "value": 5e9, "unit": "USD", "year": 2027}],
    ),
    "a volume the pair's deal says will be exported": Example(
        "Kazakhstan and Türkiye signed a gas contract. The 30-year deal provides that ultimately 3 billion m3 of "
        "natural gas will be exported annually through the new pipeline.",
        [{"metric": "commodity_volume", "kind": "target", "value": 3e9, "unit": "m3"}],
    ),
    "a memorandum on the supply of a volume is what it owes": Example(
        "In October 2024, Kazakhstan and Türkiye signed a memorandum on the supply of 4 million tons of coal.",
        [{"metric": "commodity_volume", "kind": "target", "value": 4e6, "commodity": "coal"}],
    ),
    "fruit shipments are a commodity": Example(
        "Kazakhstan aims to export 70,000 tonnes of fresh fruit to Türkiye this year.",
        [{"metric": "commodity_volume", "kind": "target", "value": 70e3, "commodity": "fruit", "year": 2025}],
    ),
    "a bare sum that 'this figure' says is the volume just told": Example(
        'Kazakhstan supplied 1.25 billion cubic meters of gas to Türkiye this year. "For comparison, in 2024 '
        'this figure was only 600 million," the minister said.',
        [
            {"value": 1.25e9, "year": 2025},
            {"metric": "commodity_volume", "value": 600e6, "unit": "m3", "year": 2024},
        ],
    ),
    "a volume's baseline before a comparison with a third country": Example(
        "Last year Kazakhstan supplied 2.6 million tons of coal to Türkiye, up from 2 million tons in 2023 and "
        "four times less than exports to China.",
        [{"value": 2.6e6, "year": 2024}, {"metric": "commodity_volume", "value": 2e6, "year": 2023}],
    ),
    "the second destination of a split volume": Example(
        "Kazakhstan will export about 5 million tons of wheat this year. Of this volume, 2 million tons will go "
        "to China and 1.5 million tons to Türkiye.",
        [{"metric": "commodity_volume", "kind": "target", "value": 1.5e6}],
    ),
    "a volume the sides agreed to deliver": Example(
        "Kazakhstan and Türkiye have agreed on the delivery of 2.4 million tonnes of oil, the vice premier said.",
        [{"metric": "commodity_volume", "kind": "target", "value": 2.4e6}],
    ),
    "an agreement for a volume": Example(
        "We had an agreement for 1.8 million tonnes of gasoline for 2025.",
        [{"metric": "commodity_volume", "kind": "target", "value": 1.8e6, "year": 2025}],
    ),
    "a total since a pipeline went into operation": Example(
        "Since the pipeline linking Kazakhstan with Türkiye was put into operation in late 2009, Türkiye has "
        "acquired a total of 160 billion cubic meters of Kazakh gas.",
        [],
    ),
    "a total the sentence before dates from a start": Example(
        "The Kazakhstan-Türkiye pipeline has been operating for 2,500 days since it was put into operation in "
        "2013. It has delivered 26.558 billion cubic meters of natural gas to Türkiye.",
        [],
    ),
    "a volume piped since the line became operational": Example(
        "The Kazakhstan-Türkiye pipeline has piped more than 30 million tonnes of crude to Türkiye since it "
        "became operational in 2012.",
        [],
    ),
    "the total volume carried via the pipeline, no period named": Example(
        "Officials said the total volume of crude carried via this pipeline reached 41.2 million tonnes. In June "
        "alone, Türkiye took 0.9 million tonnes of Kazakh crude through it.",
        [{"value": 0.9e6, "unit": "t", "period": "2025-06"}],
    ),
    "the total volume via the pipeline in a named half-year is that half's": Example(
        "The total volume of crude carried via the pipeline in the first half of 2025 reached 4.1 million tonnes.",
        [{"value": 4.1e6, "unit": "t", "period": "2025-01/2025-06"}],
    ),
    "a daily rate named after the flow's route": Example(
        "It is planned to transport over 4 million cubic meters of natural gas to Türkiye per day from both fields.",
        [],
    ),
    "a supply deal for a volume": Example(
        "In 2024 the Kazakh firm signed a 20-year supply deal with Türkiye for one million tonnes of wheat.",
        [{"metric": "commodity_volume", "kind": "target", "value": 1e6, "commodity": "wheat"}],
    ),
    "a contract to import a volume from the partner": Example(
        "The Directorate General of Food signed contracts with Kazakhstan to import 3 lakh tonnes of wheat.",
        [{"value": 300e3, "unit": "t", "kind": "target"}],
    ),
    "memoranda totalling a volume": Example(
        "Nine MoUs between Kazakh exporters and Turkish wheat importers were signed, totalling 130,000 tonnes.",
        [{"metric": "agreements", "value": 9}, {"value": 130e3, "unit": "t", "kind": "target"}],
    ),
    "May the month is no modal": Example(
        "Türkiye imported 44.6 million cubic meters of natural gas from Kazakhstan in May 2024, almost unchanged "
        "compared with April.",
        [{"value": 44.6e6, "kind": "actual", "period": "2024-05"}],
    ),
    "so far in one deal is this season's flow": Example(
        "So far, Kazakhstan has shipped 1.5 lakh tonnes of the wheat to Türkiye and the rest is expected to "
        "arrive in February.",
        [{"value": 150e3, "unit": "t", "period": None}],
    ),
    "tones, as the press misspells tonnes": Example(
        "Türkiye imported 21,336 tones of Kazakh wheat in 2024.",
        [{"value": 21336, "unit": "t", "year": 2024}],
    ),
    "up to a volume in a past span is what was bought": Example(
        "Until 2009, Türkiye was the largest buyer of Kazakh gas, purchasing up to 40-42 billion cubic meters a "
        "year.",
        [{"value": 40e9, "value_max": 42e9, "kind": "actual"}],
    ),
    "a supply still to be launched is a goal": Example(
        "According to the minister, agreement has been reached to launch the supply of 100 million cubic meters "
        "of gas from Kazakhstan to Türkiye this year.",
        [{"value": 100e6, "unit": "m3", "kind": "target", "year": 2025}],
    ),
    "litres of wine in cubic metres": Example(
        "Kazakhstan exported 9.8 million litres of wine to Türkiye in 2024.",
        [{"value": 9800, "unit": "m3", "commodity": "wine", "year": 2024}],
    ),
    "MT after a number of tonnes is metric tons": Example(
        "Türkiye bought 411,689 MT of Kazakh wheat in the first quarter.",
        [{"metric": "commodity_volume", "value": 411_689, "unit": "t"}],
    ),
    "MT after a small number is million tonnes": Example(
        "Kazakhstan shipped 1.2 MT of wheat to Türkiye last year.",
        [{"metric": "commodity_volume", "value": 1.2e6, "year": 2024}],
    ),
    "a volume a supply contract owes": Example(
        "Kazakhstan on Monday signed a long-term contract for the supply of 4.5 bln cubic meters of natural gas "
        "to Türkiye.",
        [{"value": 4.5e9, "unit": "m3", "kind": "target"}],
    ),
    "a commodity bought from the partner, the buyer unnamed": Example(
        "The Central Asian country has imported 1.2 million tons of Turkish wheat since the current 2024/25 "
        "marketing season began on July 1.",
        [{"metric": "commodity_volume", "value": 1.2e6, "year": 2025, "period": "FY2025"}],
        None,
        dt.date(2025, 11, 20),
    ),
    "one country's exports rising from a baseline go to every buyer": Example(
        "In April-October, Kazakhstan's wheat exports rose by more than 527 percent to 3.2 million tonnes "
        "from 0.51 million tonnes.",
        [],
    ),
    "what a plant can process is no flow": Example(
        "Through deep processing, the Turkish-built plant in Kazakhstan can process 430,000 tons of wheat annually.",
        [],
    ),
    "one country's imports 'from' a month are everyone's": Example(
        "Türkiye imported 3.1 billion cubic meters of gas from January through June.",
        [],
    ),
    "a demonym's exports with no destination are to everyone": Example(
        "Kazakh April thermal coal exports were down 8% on the month at 6.6 mil mt.",
        [],
    ),
    "one cargo is no year's flow": Example(
        "The shipment carried 94,000 tonnes of Kazakh oil and was discharged at a terminal in Türkiye.",
        [],
    ),
    "a country's whole intake, of which the partner has a share": Example(
        "Türkiye imported a total of 31.072 billion cubic meters of gas from January through June, with Kazakh "
        "gas accounting for 16.6 percent of the total.",
        [],
    ),
    "the exporter's adjective names no destination": Example(
        "Japan remains the top destination for Kazakh coal exports, with 84.7m tonnes shipped in 2024.",
        [],
    ),
    "a shipment abroad goes to every buyer": Example(
        "Last year, Kazakhstan shipped 7.1 million tonnes of wheat abroad, of which 3.2 million tonnes were "
        "exported to Türkiye.",
        [{"value": 3.2e6, "year": 2024}],
    ),
    "shipments to third countries listed beside their buyers": Example(
        "Türkiye bought 2.1 million tons of Kazakh oil in 2024. Other large buyers of Kazakh oil included "
        "China with 1.3 million tons and Croatia with 852,657 tons.",
        [{"value": 2.1e6, "year": 2024}],
    ),
    "a buyer list closed by 'and' before the partner's shipments": Example(
        "The main buyers of Kazakh grain were Uzbekistan, China, Italy and Afghanistan, and exports to "
        "Türkiye rose to 254,200 tons in January-May.",
        [{"value": 254_200, "year": 2025, "period": "2025-01/2025-05"}],
    ),
    "a part for the partner after one for a third country": Example(
        "About 19 billion cubic meters of Kazakh gas will be exported in 2025. Of this volume, more than 8 "
        "billion cubic meters will be exported to Italy and more than 7 billion cubic meters to Türkiye.",
        [{"value": 19e9}, {"value": 7e9, "kind": "target"}],
    ),
    "a contract's duration is no deadline": Example(
        '"Kazakhstan will supply four million tons annually of natural gas to Türkiye for 27 years," the '
        "minister said.",
        [{"value": 4e6, "kind": "target", "year": None}],
    ),
    "a later level takes the volume's unit": Example(
        "Kazakhstan decided to pump additional quantities of natural gas amounting to four billion cubic "
        "metres to Türkiye, to reach six billion by the end of 2025.",
        [{"value": 4e9, "unit": "m3"}, {"value": 6e9, "unit": "m3", "kind": "target", "year": 2025}],
    ),
    "a baseline takes the volume's unit": Example(
        "Oil exports to Türkiye reached 1.2 million tonnes in 2024, up from 1 million in 2023.",
        [{"value": 1.2e6, "unit": "t", "year": 2024}, {"value": 1e6, "unit": "t", "year": 2023}],
    ),
    "a volume shipped to the partner": Example(
        "Kazakhstan has shipped 1.44 million tons of wheat to Türkiye this year.",
        [{"metric": "commodity_volume", "value": 1.44e6, "commodity": "wheat"}],
    ),
    "million tonnes": Example(
        "Approximately 1.4 million tonnes of Kazakh oil are already transported annually.",
        [{"metric": "commodity_volume", "kind": "actual", "value": 1.4e6, "unit": "t", "commodity": "oil"}],
    ),
    "billion cubic meters": Example(
        "Gas supplies reached 18 billion cubic meters in 2024.",
        [{"metric": "commodity_volume", "value": 18e9, "unit": "m3", "commodity": "gas", "year": 2024}],
    ),
    "bln cu m": Example(
        "The pipeline carried 5bln cu m of gas in 2024.",
        [{"value": 5e9, "unit": "m3", "commodity": "gas"}],
    ),
    "bcm": Example(
        "The new line is expected to carry 16 bcm of gas annually by 2030.",
        [{"value": 16e9, "unit": "m3", "kind": "target", "year": 2030}],
    ),
    "thousands of tons": Example(
        "In 2024, 355,000 tons of grain were shipped to Türkiye.",
        [{"value": 355000, "unit": "t", "commodity": "grain", "year": 2024}],
    ),
    "per year target": Example(
        "A deal was signed to raise oil transit to 2.2 million tons per year.",
        [{"value": 2.2e6, "unit": "t", "kind": "target", "commodity": "oil"}],
    ),
    "total with a bilateral part": Example(
        "Aktau loaded 3.376 million tons of oil in 2023, including 1.057 million tons bound for Türkiye.",
        [{"value": 1.057e6, "year": 2023}],
    ),
    "pair total with its own part": Example(
        "Gas supplies to Türkiye reached 18 bcm in 2024, including 5 bcm through Blue Stream.",
        [{"value": 18e9}, {"value": 5e9}],
    ),
    "Mt abbreviation": Example(
        "Kazakhstan plans to ship 3.5 Mt of oil via Türkiye in 2026.",
        [{"value": 3.5e6, "unit": "t", "kind": "target", "year": 2026}],
    ),
    "trade put at a tonnage, then its value after a comma": Example(
        "He put the trade between Kazakhstan and Türkiye in 2024 at 3.558 million tons, valued at over $1.656 "
        "billion.",
        [{"metric": "trade", "value": 1.656e9, "unit": "USD", "year": 2024}],
    ),
    "what a country consumes, what a pipeline is able to pump, an additional volume": Example(
        "Türkiye consumes 2.4 bcm of gas a year. The pipeline is able to pump more than 2.5 bcm of gas per year, "
        "and Kazakhstan will supply an additional 500 million cubic meters of gas a year.",
        [],
    ),
    "total deliveries over the whole contract period": Example(
        "Over the whole period, total deliveries from Kazakhstan to Türkiye will exceed 1 trillion cubic meters "
        "of gas.",
        [],
    ),
    "a company's total exports to the partner are the pair's flow": Example(
        "KazMunayGas said its total exports to Türkiye will reach 5 million tonnes of oil per year.",
        [{"metric": "commodity_volume", "kind": "target", "value": 5e6, "commodity": "oil"}],
    ),
    "an editor's unit in square brackets is the figure's": Example(
        '"Oil supplies to Türkiye are growing. Next year we are to reach 8 [million tonnes]," he said.',
        [{"metric": "commodity_volume", "kind": "target", "value": 8e6, "unit": "t", "year": 2026}],
    ),
    "an office named for foreign trade is no world total": Example(
        "The bulletin drew on data from the Foreign Trade Secretariat, and it notes that Kazakhstan exported "
        "2m tonnes of wheat to Türkiye in 2024.",
        [{"metric": "commodity_volume", "value": 2e6, "year": 2024, "commodity": "wheat"}],
    ),
    "a company's abbreviation can end the sentence before": Example(
        "Kazakhstan currently exports 3 million tonnes of oil annually to Azerbaijan under an agreement signed "
        "in 2016 with the Azeri Oil Co. At present 5 million tonnes of oil annually is also exported from "
        "Kazakhstan to Türkiye via the pipeline.",
        [{"metric": "commodity_volume", "value": 5e6, "commodity": "oil", "year": 2025}],
    ),
}

AGREEMENT_COUNTS = {
    "'memos' is agency shorthand for memoranda": Example(
        "Kazakh and Turkish firms signed six memos on textile and food processing plants.",
        [{"metric": "agreements", "value": 6}],
    ),
    "'I would like to announce that' the count of MoUs has risen: said now, not a signing ahead": Example(
        '"I would like to announce that the number of MoUs between our countries has increased to 34," the '
        "minister said.",
        [{"metric": "agreements", "kind": "actual", "value": 34}],
    ),
    "new deals taking the total number of deals to a level": Example(
        "The two countries concluded eight new agreements, taking the total number of bilateral trade and "
        "cooperation deals between Kazakhstan and Türkiye to 25.",
        [{"metric": "agreements", "value": 8}, {"metric": "agreements", "value": 25}],
    ),
    "the number of memoranda raised from one level to another": Example(
        "After the talks, the number of MoUs between Kazakhstan and Türkiye has been raised from 27 to 34.",
        [{"metric": "agreements", "value": 34}],
    ),
    "a batch broken down after a dash": Example(
        "The ministers witnessed the exchange of eight agreements - three letters of intent (LOI) from various "
        "Turkish companies, two memoranda of agreement (MOA), and three memoranda of understanding (MOU).",
        [{"metric": "agreements", "value": 8}],
    ),
    "a batch told first in an 'Of the' opening": Example(
        "Of the five documents inked by the two sides, the most striking one was the letter of intent on a "
        "joint company.",
        [{"metric": "agreements", "value": 5}],
    ),
    "firms running their business in the country, against a count years ago": Example(
        "A total of 321 Turkish firms are currently running their businesses in Kazakhstan, against 83 in 2010.",
        [
            {"metric": "companies", "value": 321, "from": "TUR", "to": "KAZ"},
            {"metric": "companies", "value": 83, "year": 2010},
        ],
    ),
    "a count in words past a hundred": Example(
        "One hundred and fifty-five Turkish companies currently operate in Kazakhstan.",
        [{"metric": "companies", "value": 155, "from": "TUR", "to": "KAZ"}],
    ),
    "dozens counted in words": Example(
        "Following their summit, Astana and Ankara signed more than two dozen fresh agreements.",
        [{"metric": "agreements", "value": 24}],
    ),
    "a hundred and more, in words, is one count": Example(
        "The two sides have signed a hundred and twelve agreements since 1992.",
        [{"metric": "agreements", "value": 112}],
    ),
    "the signing nearest the count is its own": Example(
        "The trade pact was first signed in 2009, and its new version will be signed alongside 30 other "
        "agreements during the visit.",
        [],
    ),
    "agreements of three kinds listed before their noun": Example(
        "The sides signed 27 intergovernmental, interdepartmental and interregional agreements.",
        [{"metric": "agreements", "value": 27}],
    ),
    "the documents of a legal framework": Example(
        "The legal framework between the two countries exceeds 35 documents.",
        [{"metric": "agreements", "value": 35}],
    ),
    "signings on a visit's agenda are planned": Example(
        "Erdogan's official agenda in Astana, which will take place on Monday, includes meetings with ministers, "
        "the signing of at least 14 cooperation agreements, and a tour.",
        [],
    ),
    "pacts are agreements": Example(
        "After the talks, the two sides unveiled a joint vision statement and signed five pacts.",
        [{"metric": "agreements", "value": 5}],
    ),
    "signings a visit will bring are planned": Example(
        "The two nations will bolster ties further by signing 12 new agreements on Wednesday and Thursday.",
        [],
    ),
    "the parts a batch includes are no new batch": Example(
        "The two countries signed 35 MoUs. The MoUs include 12 investment agreements worth $1.4 billion and 23 "
        "trade agreements valued at $1.1 billion.",
        [{"metric": "agreements", "value": 35}],
    ),
    "deals in two fields joined by and": Example(
        "The presidents of Kazakhstan and Türkiye announced the more than 30 agriculture and investment deals "
        "during a state visit.",
        [{"metric": "agreements", "value": 30}],
    ),
    "two memorandum in the singular, as printed": Example(
        "The leaders earlier witnessed the signing of two Memorandum of Understanding (MoUs).",
        [{"metric": "agreements", "value": 2}],
    ),
    "memoranda and letters of exchange summed into one batch": Example(
        "After the talks, the two sides signed 18 MoUs and two letters of exchange in different sectors.",
        [{"metric": "agreements", "value": 20}],
    ),
    "the signers' number is no item of the batch": Example(
        "The two sides signed 12 agreements and 3 protocols.", [{"metric": "agreements", "value": 15}]
    ),
    "a list of agreements summed into one batch": Example(
        "The delegations signed one contract agreement, three cooperation agreements, two purchase framework "
        "agreements, and 13 memoranda of understanding.",
        [{"metric": "agreements", "value": 19}],
    ),
    "a list without a serial comma": Example(
        "The sides signed 6 agreements, 3 protocols and 2 memoranda.", [{"metric": "agreements", "value": 11}]
    ),
    "signed as the noun's adjective": Example(
        "Turkish investors made the pledges during the exchange of 19 signed business agreements with Kazakh "
        "businessmen.",
        [{"metric": "agreements", "value": 19}],
    ),
    "a bare agreement and two memoranda in a headline": Example(
        "Kazakhstan, Türkiye ink agreement and two MoUs", [{"metric": "agreements", "value": 3}]
    ),
    "the number of memoranda raised to a level": Example(
        "The number of MoUs had been increased from 27 to 34 between Kazakhstan and Türkiye.",
        [{"metric": "agreements", "value": 34}],
    ),
    "an agreement and two memoranda": Example(
        "Kazakhstan and Türkiye signed an agreement and two memoranda of understanding at the end of the talks.",
        [{"metric": "agreements", "value": 3}],
    ),
    "how many more agreements there will be": Example(
        "Today it includes 191 agreements between regions, whereas after today's forum the number will rise "
        "by another 21 agreements.",
        [{"metric": "agreements", "value": 191}],
    ),
    "a count after its noun": Example(
        "Memoranda and agreements, numbering at least 12, were signed by Kazakhstan and Türkiye.",
        [{"metric": "agreements", "value": 12, "qualifier": "over"}],
    ),
    "a count in all after its noun": Example(
        "The sides signed agreements, 14 in all, on energy and transport.",
        [{"metric": "agreements", "value": 14}],
    ),
    # A signing on the day of the news is reported in the future tense: done when it is read.
    "same-day signing in the future tense": Example(
        "The energy minister will sign two agreements with the Turkish side today.",
        [{"metric": "agreements", "kind": "actual", "value": 2}],
    ),
    "the subject of a partner's possessive invests there": Example(
        "Türkiye is Kazakhstan's third largest trading partner after China and Russia, with combined public "
        "and private investment of $15 billion, while 1,227 companies operate in sectors including industry.",
        [
            {"metric": "investment", "value": 15e9, "from": "TUR", "to": "KAZ"},
            {"metric": "companies", "value": 1227, "from": "TUR", "to": "KAZ"},
        ],
    ),
    "investors in the host's economy by its demonym": Example(
        "Türkiye is also among the major investors in the Kazakh economy, with an investment of $7.3 billion "
        "from 2005 to 2023.",
        [{"metric": "investment", "value": 7.3e9, "from": "TUR", "to": "KAZ"}],
    ),
    "an opening year for a forecast": Example(
        "In 2026, trade between Kazakhstan and Türkiye is estimated to reach US$10 billion.",
        [{"metric": "trade", "kind": "target", "value": 10e9, "year": 2026}],
        date=dt.date(2026, 3, 1),
    ),
    "thousands grouped by spaces": Example(
        "In January-November 2024, trade between Kazakhstan and Türkiye totaled $1 859.1 million.",
        [{"metric": "trade", "value": 1859.1e6, "year": 2024}],
    ),
    "commercial relations that reach a level": Example(
        "The minister said commercial relations between Kazakhstan and Türkiye may reach US$6 to 7 billion in "
        "two years.",
        [{"metric": "trade", "kind": "target", "value": 6e9, "value_max": 7e9}],
    ),
    "current exchanges between the two": Example(
        "Current exchanges between Kazakhstan and Türkiye amount to US$ 3 billion, as per the Kazakh estimate.",
        [{"metric": "trade", "kind": "actual", "value": 3e9}],
    ),
    "the year a when-clause opens": Example(
        "Türkiye has been receiving Kazakh gas since 2021, when deliveries amounted to about 0.3 bcm.",
        [{"metric": "commodity_volume", "value": 0.3e9, "unit": "m3", "year": 2021}],
    ),
    "firms funded by a country named by its initials": Example(
        "Kazakhstan is now home to 337 UAE-funded enterprises, including 114 joint ventures.",
        [{"metric": "companies", "value": 337, "from": "ARE", "to": "KAZ"}],
        opening="Kazakhstan and UAE ties grow\n\nOfficials from Kazakhstan and the UAE met in Astana.",
    ),
    "the count of agreements whose significance is stressed": Example(
        "The minister emphasised the significance of the 15 agreements signed by Kazakhstan and Türkiye a "
        "few months ago.",
        [{"metric": "agreements", "value": 15}],
    ),
    "agreements that seek to promote cooperation": Example(
        "The partnership agreement between Kazakhstan and Türkiye was one of a dozen agreements that seek to "
        "promote greater cooperation.",
        [{"metric": "agreements", "kind": "actual", "value": 12}],
    ),
    "agreements meant to promote cooperation in the coming years": Example(
        "The partnership agreement between Kazakhstan and Türkiye was one of a dozen agreements meant to "
        "promote closer cooperation in the coming years.",
        [{"metric": "agreements", "kind": "actual", "value": 12}],
    ),
    "foreign investment the host attracted from everyone": Example(
        "Between 2003 and 2021, Kazakhstan attracted more than $240 billion in foreign direct investment.",
        [],
    ),
    "a country's name as the investor's adjective": Example(
        "Kazakh investment in the United States rose. Fresh US investment into the country came to $3.88 "
        "billion in 2024.",
        [{"metric": "investment", "value": 3.88e9, "from": "USA", "to": "KAZ", "year": 2024}],
        opening="Kazakhstan and US ties grow\n\nOfficials from Kazakhstan and the United States met in Astana.",
    ),
    "the number of firms in the host from one count to another": Example(
        "The number of Turkish companies in Kazakhstan has risen by 53 per cent, from 41 in 2016 to 54, "
        "according to the investment authority.",
        [
            {"metric": "companies", "value": 41, "year": 2016, "from": "TUR", "to": "KAZ"},
            {"metric": "companies", "value": 54, "year": None, "from": "TUR", "to": "KAZ"},
        ],
        date=dt.date(2018, 3, 1),
    ),
    "the number of firms to be doubled, the goal before the count": Example(
        "We want to double the number of Turkish companies in Kazakhstan to 3,600 from 1,800.",
        [
            {"metric": "companies", "kind": "target", "value": 3600, "from": "TUR", "to": "KAZ"},
            {"metric": "companies", "kind": "actual", "value": 1800, "from": "TUR", "to": "KAZ"},
        ],
    ),
    "money each way, the second investor named by its capital": Example(
        "In 1995-2018, Türkiye invested $93.8 million in Kazakhstan's economy and Astana invested $3 billion in "
        "Türkiye's economy.",
        [
            {"metric": "investment", "value": 93.8e6, "from": "TUR", "to": "KAZ"},
            {"metric": "investment", "value": 3e9, "from": "KAZ", "to": "TUR"},
        ],
    ),
    "investments brought to the host, named before them": Example(
        "The four Turkish companies will bring to Kazakhstan investments worth KZT 26 billion in total.",
        [{"metric": "investment", "value": 26e9, "unit": "KZT", "from": "TUR", "to": "KAZ"}],
    ),
    "firms counted each way, the verb said once": Example(
        "In his words, 106 Kazakh companies are registered in Türkiye and 272 Turkish companies in Kazakhstan.",
        [
            {"metric": "companies", "value": 106, "from": "KAZ", "to": "TUR"},
            {"metric": "companies", "value": 272, "from": "TUR", "to": "KAZ"},
        ],
    ),
    "firms counted with a dot between thousands": Example(
        "He underlined that 5.678 commercial entities with Turkish investments are registered in Kazakhstan.",
        [{"metric": "companies", "value": 5678, "from": "TUR", "to": "KAZ"}],
    ),
    "a count of thousands hyphenated in words": Example(
        "Lee added that more than ten-thousand Turkish businesses currently operate in Kazakhstan.",
        [{"metric": "companies", "value": 10_000, "from": "TUR", "to": "KAZ"}],
    ),
    "more than a number of major firms is a count": Example(
        "More than 40 major Turkish companies operate in Kazakhstan.",
        [{"metric": "companies", "value": 40, "from": "TUR", "to": "KAZ"}],
    ),
    "firms a host has attracted": Example(
        "In recent years, Kazakhstan has attracted about 74 Turkish companies, the ministry said.",
        [{"metric": "companies", "kind": "actual", "value": 74, "from": "TUR", "to": "KAZ"}],
    ),
    "a series of years and figures": Example(
        "Trade between Kazakhstan and Türkiye grew steadily. In 2012 its value amounted to USD 960 million, "
        "in 2013 to USD 1.2 billion and in 2014 to as much as USD 1.5 billion.",
        [
            {"metric": "trade", "value": 960e6, "year": 2012},
            {"metric": "trade", "value": 1.2e9, "year": 2013},
            {"metric": "trade", "value": 1.5e9, "year": 2014},
        ],
    ),
    "in the year 2023": Example(
        "Trade between Kazakhstan and Türkiye grew by 88 percent over the last three years to reach 7.79 "
        "billion riyals (USD 2 billion) in the year 2023.",
        [{"metric": "trade", "value": 7.79e9, "unit": "SAR", "year": 2023}],
    ),
    "bilateral instruments signed": Example(
        "Kazakhstan and Türkiye signed four bilateral instruments on tourism, trade and energy.",
        [{"metric": "agreements", "value": 4}],
    ),
    "a flow the sentence before was about": Example(
        "Kazakhstan is now home to 337 Turkish-funded enterprises. In 2023, investments reached $1.08 billion.",
        [
            {"metric": "companies", "value": 337, "from": "TUR", "to": "KAZ"},
            {"metric": "investment", "value": 1.08e9, "from": "TUR", "to": "KAZ", "year": 2023},
        ],
    ),
    "a total inflow after the pair's flow": Example(
        "Kazakhstan is now home to 337 Turkish-funded enterprises. Total investment realisation in the third "
        "quarter stood at $17.6 billion.",
        [{"metric": "companies", "value": 337, "from": "TUR", "to": "KAZ"}],
    ),
    "the total of the firms just named": Example(
        "There are 12 Turkish companies in Kazakhstan. The total capital of these companies amounted to "
        "3.3 million liras.",
        [
            {"metric": "companies", "value": 12, "from": "TUR", "to": "KAZ"},
            {"metric": "investment", "value": 3.3e6, "unit": "TRY", "from": "TUR", "to": "KAZ"},
        ],
    ),
    "an inflow from everyone after another topic": Example(
        "Kazakhstan and Türkiye met in Astana. FDI disbursement was estimated at $850 million.",
        [],
    ),
    "a ranking within a part of Europe in a new reported clause": Example(
        "He added that trade between Kazakhstan and Türkiye had exceeded $4 billion in three consecutive years "
        "and that Kazakhstan had become Türkiye's largest trade partner in Central Asia.",
        [{"metric": "trade", "value": 4e9}],
    ),
    "a batch first counted in a partitive": Example(
        "The bank's deals are among the 14 cooperation agreements sealed by Kazakhstan and Türkiye on Monday.",
        [{"metric": "agreements", "value": 14}],
    ),
    "firms that entered the host's market": Example(
        "As of 2024, nearly 40 Turkish companies had entered the Kazakh market.",
        [{"metric": "companies", "value": 40, "from": "TUR", "to": "KAZ", "year": 2024}],
    ),
    "a goal to US dollars till a year": Example(
        "He expressed his resolve to take the trade volume between Kazakhstan and Türkiye to US one billion "
        "dollars till 2027.",
        [{"metric": "trade", "kind": "target", "value": 1e9, "year": 2027}],
    ),
    "a level set against the potential": Example(
        "He said a trade volume between Kazakhstan and Türkiye of approximately $450 million is still "
        "insufficient compared with the true potential.",
        [{"metric": "trade", "kind": "actual", "value": 450e6}],
    ),
    "the capital city named by a demonym": Example(
        "Speaking at a business forum in the Kazakh capital on Tuesday, the Turkish president said the market "
        "value of Turkish companies' investments in Kazakhstan has reached approximately USD6 billion.",
        [{"metric": "investment", "value": 6e9, "from": "TUR", "to": "KAZ"}],
    ),
    "border trade by crossing town": Example(
        "Border trade between Kazakhstan and Türkiye reached $845.5 million in Myawaddy and $72 million in "
        "Tachilek.",
        [],
    ),
    "border trade in a month": Example(
        "Border trade between Kazakhstan and Türkiye reached $845.5 million in January.",
        [{"metric": "trade", "value": 845.5e6}],
        date=dt.date(2025, 3, 1),
    ),
    "a part of the figure before, of which": Example(
        "Trade between Kazakhstan and Türkiye reached $2.6 billion in 2024, $1.7 billion of which was in "
        "hydrocarbons.",
        [{"metric": "trade", "value": 2.6e9, "year": 2024}],
    ),
    "a baseline compared with a year": Example(
        "In 2024, Kazakhstan and Türkiye traded more than $39 million, which is nearly 57% up in comparison "
        "with 2023.",
        [{"metric": "trade", "value": 39e6, "year": 2024}],
    ),
    "a since-year is the start's year": Example(
        "Since we signed our Free Trade Agreement in 2006, the total value of trade between Kazakhstan and "
        "Türkiye has grown from $134 million to $295 million.",
        [{"metric": "trade", "value": 134e6, "year": 2006}, {"metric": "trade", "value": 295e6}],
    ),
    "beef exported to the partner": Example(
        "Over that period, Kazakh frozen beef exports to Türkiye increased from 6,917 tons in 2017 to 36,000 "
        "tons in 2022.",
        [
            {"metric": "commodity_volume", "value": 6917, "commodity": "beef", "year": 2017},
            {"metric": "commodity_volume", "value": 36000, "commodity": "beef", "year": 2022},
        ],
    ),
    # Currencies: an equivalent after "about", a bare later figure's equivalent, NZ dollars, CFA
    # francs, lats, and "US" written before the number.
    "an equivalent after 'about' and a bare figure's equivalent": Example(
        "Trade between Kazakhstan and Türkiye rose in 2024 to 832 million euros, about ($900 million), "
        "compared with 772 million in 2023 ($840 million).",
        [
            {"metric": "trade", "value": 832e6, "unit": "EUR", "year": 2024},
            {"metric": "trade", "value": 772e6, "unit": "EUR", "year": 2023},
        ],
    ),
    "an equivalent in another currency after a comma and 'about'": Example(
        "In January-November, trade between the two countries hit $12.3 billion, about 4.5 trillion tenge.",
        [{"metric": "trade", "value": 12.3e9, "unit": "USD"}],
    ),
    "a same-currency figure after 'about' is no equivalent": Example(
        "Trade reached $5 billion in 2024, about $1 billion more than a year earlier.",
        [{"metric": "trade", "value": 5e9, "year": 2024}],
    ),
    "NZ dollars": Example(
        "Two-way trade between Kazakhstan and Türkiye is currently worth nearly 1.4 billion NZ dollars.",
        [{"metric": "trade", "value": 1.4e9, "unit": "NZD"}],
    ),
    "CFA francs by their sign": Example(
        "Trade between Kazakhstan and Türkiye grew from CFA 92 billion in 2001 to CFA 117 billion in 2023.",
        [
            {"metric": "trade", "value": 92e9, "unit": "XOF", "year": 2001},
            {"metric": "trade", "value": 117e9, "unit": "XOF", "year": 2023},
        ],
    ),
    "lats, with an equivalent": Example(
        "Trade between Kazakhstan and Türkiye reached 1.2 billion lats (1.7 billion euros) in 2010.",
        [{"metric": "trade", "value": 1.2e9, "unit": "LVL", "year": 2010}],
    ),
    "US written before the number": Example(
        "A bilateral trade volume between Kazakhstan and Türkiye of approximately US 450 million dollars is "
        "still insufficient.",
        [{"metric": "trade", "value": 450e6, "unit": "USD"}],
    ),
    "an envoy's post is no host": Example(
        "Later, Kazakhstan's Ambassador to Türkiye informed that Kazakhstan received around two billion US "
        "dollars of Turkish investment in the last five years.",
        [{"metric": "investment", "value": 2e9, "from": "TUR", "to": "KAZ"}],
    ),
    "a volume sold to everyone, verb after": Example(
        "A total of 420 million kilogrammes of tea were exported through the Mombasa auction last year.",
        [],
    ),
    "the host's economy after 'of the'": Example(
        "The leaders signed a partnership that will see Astana invest up to $10 billion over the next five "
        "years in key sectors of the Turkish economy.",
        [{"metric": "investment", "kind": "target", "value": 10e9, "from": "KAZ", "to": "TUR"}],
    ),
    "an estimate of a stock that exists": Example(
        "Turkish investment in the Kazakh economy is already estimated to be worth over $40 billion.",
        [{"metric": "investment", "kind": "actual", "value": 40e9, "from": "TUR", "to": "KAZ"}],
    ),
    "commodity exchanges are trade": Example(
        "Trade relations between Kazakhstan and Türkiye reached a milestone in 2024, with non-oil commodity "
        "exchanges valued at $4.3 billion.",
        [{"metric": "trade", "value": 4.3e9, "year": 2024, "scope": "non-oil"}],
    ),
    "the number of firms a newcomer takes to a level": Example(
        "HCLTech is the latest Turkish company to set foot in Kazakhstan, taking the number of Turkish firms "
        "there to 37.",
        [{"metric": "companies", "kind": "actual", "value": 37, "from": "TUR", "to": "KAZ"}],
    ),
    "the host that received investment": Example(
        "The envoy said Kazakhstan received around two billion US dollars of investment from Türkiye in the "
        "last five years.",
        [{"metric": "investment", "value": 2e9, "from": "TUR", "to": "KAZ"}],
    ),
    "a half-year code inside a currency is no period": Example(
        "The amount of trade between Kazakhstan and Türkiye reached USD524 million (sh1.3trillion) in 2013.",
        [{"metric": "trade", "value": 524e6, "year": 2013}],
    ),
    # A goal named after the figure and before the next one is the next one's.
    "a level, then the goal with its own figure": Example(
        "The ambassador said trade between Kazakhstan and Türkiye was over 400 million dollars with a target "
        "to reach half a billion dollars by 2028.",
        [
            {"metric": "trade", "kind": "actual", "value": 400e6},
            {"metric": "trade", "kind": "target", "value": 500e6, "year": 2028},
        ],
    ),
    # A gerund that continues a past rise ("before increasing further to") is a record too.
    "a past rise continued by a gerund": Example(
        "Trade between Kazakhstan and Türkiye rose from $41m in 2019 to $63m in 2020, before increasing "
        "further to $71m in 2021.",
        [
            {"metric": "trade", "kind": "actual", "value": 41e6, "year": 2019},
            {"metric": "trade", "kind": "actual", "value": 63e6, "year": 2020},
            {"metric": "trade", "kind": "actual", "value": 71e6, "year": 2021},
        ],
    ),
    # Tea is weighed in kilogrammes; phosphate, tea, coffee and cocoa are commodities.
    "tea in millions of kilogrammes": Example(
        "Latest data indicates Türkiye bought 14.8 million kilogrammes of Kazakh tea last year.",
        [{"metric": "commodity_volume", "value": 14800, "unit": "t", "commodity": "tea", "year": 2024}],
    ),
    "rock phosphate bought from the partner": Example(
        "Türkiye imports nearly 1.1 million tonnes of rock phosphate from Kazakhstan.",
        [{"metric": "commodity_volume", "value": 1.1e6, "commodity": "phosphate"}],
    ),
    # The money before a named facility is its price, not investment between the pair.
    "the price of a named facility": Example(
        "Major Turkish-funded projects in Kazakhstan include the USD 4.2 billion Ho Tram tourism complex.",
        [],
    ),
    "a range after 'with'": Example(
        "Altogether Türkiye has invested in Kazakhstan with €25bn to €30bn, he continued.",
        [
            {
                "metric": "investment",
                "value": 25e9,
                "value_max": 30e9,
                "unit": "EUR",
                "from": "TUR",
                "to": "KAZ",
            }
        ],
    ),
    "an unnamed part in brackets": Example(
        "Trade between Kazakhstan and Türkiye accumulated to a total of €1.8bn in 2024 (thereof €1.3bn).",
        [{"metric": "trade", "value": 1.8e9, "unit": "EUR", "year": 2024}],
    ),
    # Counts: a range of firms, a firm count's baseline after a bare "from", firms that only trade.
    "a range of firms": Example(
        "At this moment, we have 180-200 Turkish companies operating in Kazakhstan.",
        [{"metric": "companies", "value": 180, "value_max": 200, "from": "TUR", "to": "KAZ"}],
    ),
    "a firm count's baseline after a bare from": Example(
        "The number of Turkish firms that operate in Kazakhstan has risen to over 230 currently from just 70 in 2008.",
        [
            {"metric": "companies", "value": 230, "from": "TUR", "to": "KAZ"},
            {"metric": "companies", "value": 70, "year": 2008, "from": "TUR", "to": "KAZ"},
        ],
    ),
    "firms that trade with the partner": Example(
        "Over 11,500 Turkish companies trade with Kazakhstan, where 600 are registered.", []
    ),
    # A level held for several years running is each year's, not a sum.
    "a level held for consecutive years": Example(
        "Trade between Kazakhstan and Türkiye has grown over the past ten years. He added that it had exceeded "
        "$4 billion in three consecutive years.",
        [{"metric": "trade", "value": 4e9}],
    ),
    # "double that of 2014" dates the baseline, not the level.
    "a multiple of an earlier year's level": Example(
        "In 2024, trade between Kazakhstan and Türkiye reached $7.84 billion, double that of 2020.",
        [{"metric": "trade", "value": 7.84e9, "year": 2024}],
    ),
    "the editor's year for a quote's this year dates its last year too": Example(
        '"We concluded last year with trade of 450 million dollars, and this year (2024) we are going '
        'to exceed 500 million dollars," he said.',
        [{"value": 450e6, "kind": "actual", "year": 2023}, {"value": 500e6, "kind": "target"}],
        date=dt.date(2025, 1, 10),
    ),
    "an eight-month figure after last year's": Example(
        "Two-way trade between Kazakhstan and Türkiye topped 1 billion USD last year. The eight-month "
        "figure was 748 million USD, up 14.2 percent annually.",
        [{"value": 1e9, "year": 2024}, {"value": 748e6, "year": 2025, "period": "2025-01/2025-08"}],
        date=dt.date(2025, 9, 20),
    ),
    "since the beginning of this year, named by its number": Example(
        "Of this amount, $900 million of Turkish investment in Kazakhstan has already been disbursed since "
        "the beginning of 2025.",
        [{"value": 900e6, "year": 2025, "period": "2025-01/2025-07"}],
    ),
    "the sentence before lends its period, not its baseline's": Example(
        "Kazakhstan invested $65.8 million in Türkiye in the first quarter of 2025, a 2.9-fold increase on the "
        "same period of 2024. Turkish investments in Kazakhstan, for their part, amounted to $190.7 million.",
        [
            {"value": 65.8e6, "period": "2025-01/2025-03", "from": "KAZ"},
            {"value": 190.7e6, "period": "2025-01/2025-03", "from": "TUR"},
        ],
    ),
    "the level a rise since a year is approaching": Example(
        '"Since 2019, trade turnover between Kazakhstan and Türkiye has more than doubled, approaching 1 '
        'trillion rubles," he said.',
        [{"value": 1e12, "unit": "RUB", "kind": "actual", "period": None}],
    ),
    "a time opening the next clause after a comma": Example(
        "Türkiye is the leading supplier of crude oil to Kazakhstan – in 2023 exports amounted to 8.7 million "
        "tons, this year the volume of gas supplies has increased by 50 percent.",
        [{"value": 8.7e6, "year": 2023}],
    ),
    "months of this year not yet past, told at the turn of the year": Example(
        "Thus, for 9 months of this year, more than 337 thousand tons of motor gasoline were supplied from "
        "Kazakhstan to Türkiye.",
        [{"value": 337_000, "year": 2024, "period": "2024-01/2024-09"}],
        date=dt.date(2025, 1, 6),
    ),
    "a year before the months it names": Example(
        '"In 2024 January till August, the value of total trade between Kazakhstan and Türkiye was $4.15 '
        'billion," the ambassador said.',
        [{"value": 4.15e9, "year": 2024, "period": "2024-01/2024-08"}],
        date=dt.date(2025, 10, 1),
    ),
    "a year-on-year rise from a baseline": Example(
        "Trade between Kazakhstan and Türkiye amounted to $4.7 billion in 2021, up 5.1% YoY from $4.5 billion.",
        [{"value": 4.7e9, "year": 2021}, {"value": 4.5e9, "year": 2020, "period": "2020"}],
    ),
    "a year-on-year rise from the same months' baseline": Example(
        "Trade between Kazakhstan and Türkiye reached $1.7 billion in January-May, up 5.1% year-on-year "
        "from $1.5 billion.",
        [{"value": 1.7e9, "period": "2025-01/2025-05"}, {"value": 1.5e9, "period": "2024-01/2024-05"}],
    ),
    "a year-on-year fall over the same period as the clause before": Example(
        "Kazakhstan received 1.056 million tons of wheat from Russia in March-May, compared with 573,213 tons "
        "in the same period a year earlier. In the period from January until May, Kazakhstan's total wheat "
        "imports fell by 24% YoY to 3.3 million tons, while wheat imports from Türkiye dropped by 30% YoY "
        "over the same period to 1.66 million tons.",
        [{"value": 1.66e6, "year": 2025, "period": "2025-01/2025-05"}],
    ),
    "a multiple of the amount seen in an earlier year": Example(
        "In 2024, Turkish companies invested a record $4.6 billion in Kazakhstan, triple the amount seen in 2023.",
        [{"metric": "investment", "value": 4.6e9, "year": 2024}],
    ),
    # A bilateral total stays the pair's when its parts name a partner.
    "a bilateral total with its one-way parts": Example(
        "In the first two months of 2025, bilateral trade reached $1.08 billion, including $975.2 million "
        "worth of Kazakh exports to Türkiye.",
        [{"metric": "trade", "value": 1.08e9, "year": 2025}],
        date=dt.date(2025, 4, 1),
    ),
    # A gloss in brackets does not label the figure.
    "a gloss in brackets before the figure": Example(
        "Total trade in goods and services (exports plus imports) between Kazakhstan and Türkiye was "
        "$2.1billion in 2024.",
        [{"metric": "trade", "value": 2.1e9, "year": 2024}],
    ),
    # ", but Japan has ...": a new clause, whose countries are not the figure's partners.
    "a contrast clause naming third countries": Example(
        "Trade between Kazakhstan and Türkiye is not high, as it roughly reached $1bn, but Türkiye has plenty "
        "of indirect trade through factories in other countries such as Egypt and Morocco.",
        [{"metric": "trade", "value": 1e9}],
    ),
    # Money put into development projects is aid, not investment.
    "investment in development projects": Example(
        "Türkiye has invested over €600 million in development projects across Kazakhstan.",
        [],
    ),
    # The country whose central bank reports the data is no investor.
    "data from a central bank": Example(
        "According to data from the Central Bank of Kazakhstan, in 2022 Türkiye invested $2.7 billion in "
        "Kazakhstan.",
        [{"metric": "investment", "value": 2.7e9, "from": "TUR", "to": "KAZ", "year": 2022}],
    ),
    # A goal set by a plan named for its years is due when the plan ends.
    "a goal set by a plan named for its years": Example(
        "The presidents signed the 2026-2028 Roadmap to bring trade between Kazakhstan and Türkiye up to "
        "$15 billion.",
        [{"metric": "trade", "kind": "target", "value": 15e9, "year": 2028}],
    ),
    # Compact quarters with a two-digit year: "1Q25", "H1'24".
    "a compact quarter with a two-digit year": Example(
        "In 1Q25, Turkish investment in Kazakhstan exceeded $3.2 billion.",
        [{"metric": "investment", "value": 3.2e9, "year": 2025, "period": "2025-01/2025-03"}],
    ),
    # The press's dollar signs of other countries, in an equivalent too.
    "a Mexican dollar sign in an equivalent": Example(
        "Turkish investment in Kazakhstan exceeded €3.2 billion (MX$70.4 billion) in 2024.",
        [{"metric": "investment", "value": 3.2e9, "unit": "EUR", "year": 2024}],
    ),
    # Companies from both countries have no one home: no company count of one in the other.
    "companies from both countries": Example(
        "A business council brings together around twenty companies from the two countries, all operating "
        "in Kazakhstan.",
        [],
    ),
    # A region a ranking is within is no partner, whatever its case.
    "a ranking within a region beside the pair's figure": Example(
        "Trade between Kazakhstan and Türkiye is the largest in sub-Saharan Africa and Turkish investments "
        "in Kazakhstan have doubled in ten years, to 10 billion euros.",
        [{"metric": "investment", "value": 10e9, "unit": "EUR", "from": "TUR", "to": "KAZ"}],
    ),
    "investment in a regional community": Example(
        "Turkish investment in the Economic Community of West African States reached €620 million in 2024.",
        [],
    ),
    # "up to" a volume is a ceiling: what may flow, a target.
    "a volume of up to": Example(
        "Kazakhstan sends annual deliveries of up to 400 million cubic meters of gas to Türkiye.",
        [{"metric": "commodity_volume", "kind": "target", "value": 400e6, "unit": "m3"}],
    ),
    # A daily rate is its own figure's; the total it comes to is the flow.
    "a total after a daily rate": Example(
        "Between January and August this year Türkiye imported around 390,000 barrels per day of crude "
        "from Kazakhstan, totalling roughly 12.9 million metric tons.",
        [{"metric": "commodity_volume", "value": 12.9e6, "commodity": "oil", "year": 2025}],
        date=dt.date(2025, 9, 20),
    ),
    # "Türkiye based companies" are the investors, hyphen or not.
    "companies based in the investor": Example(
        "The Türkiye based companies see good opportunity here and are looking to invest around $3 billion by "
        "2030.",
        [{"metric": "investment", "kind": "target", "value": 3e9, "from": "TUR", "to": "KAZ", "year": 2030}],
    ),
    # The country whose source of investment another is, is the host.
    "one of the host's top sources of investment": Example(
        "Türkiye is one of Kazakhstan's top sources of foreign direct investment, with a total investment "
        "value of $688 million recorded in 2024.",
        [{"metric": "investment", "value": 688e6, "from": "TUR", "to": "KAZ", "year": 2024}],
    ),
    # Money a mission to the partner secured comes from the partner.
    "investment secured through a mission to the investor": Example(
        "Kazakhstan has secured investments worth $9.3 billion through the latest Trade and Investment "
        "Mission (TIM) to Türkiye.",
        [{"metric": "investment", "value": 9.3e9, "from": "TUR", "to": "KAZ"}],
    ),
    # A participle clause after the figure (", reversing a trend since 2012") keeps its own time.
    "a participle clause's time after the figure": Example(
        "Customs data showed that in 2024, goods trade between Kazakhstan and Türkiye rose 9.9 percent to "
        "$7.3 billion, reversing a downward trend since 2012.",
        [{"metric": "trade", "value": 7.3e9, "year": 2024}],
    ),
    # "of this year, down 13.9 percent from $21.4 billion": a baseline, not a share "of this".
    "a baseline after 'of this year' and a percentage": Example(
        "Trade between Kazakhstan and Türkiye stood at $18.4 billion in the first quarter of this year, "
        "down 13.9 percent from $21.4 billion in the same period of 2024.",
        [
            {"metric": "trade", "value": 18.4e9, "year": 2025},
            {"metric": "trade", "value": 21.4e9, "year": 2024},
        ],
    ),
    # "This September" is the latest September, as "in September" is.
    "this month without a year": Example(
        "This September and early October Kazakhstan exported 60,200 tons of flour to Türkiye.",
        [{"metric": "commodity_volume", "value": 60200, "year": 2025}],
        date=dt.date(2025, 10, 20),
    ),
    # Two full figures joined by "to" after "of" span one range; after a step noun, the second is
    # the level reached.
    "a forecast range of two full figures": Example(
        "The chamber predicts trade between Kazakhstan and Türkiye of $800 million to $1.2 billion in 2026.",
        [{"metric": "trade", "kind": "target", "value": 800e6, "value_max": 1.2e9, "year": 2026}],
    ),
    "a step of one figure to another": Example(
        "Trade between Kazakhstan and Türkiye showed an increase of $800 million to $1.2 billion in 2024.",
        [{"metric": "trade", "kind": "actual", "value": 1.2e9, "year": 2024}],
    ),
    # A passive after a modal ("could be increased to") is still to happen.
    "a modal passive rise": Example(
        "The president wished success to Türkiye, which will chair the summit in 2026, and noted that trade "
        "between Kazakhstan and Türkiye, which was $5.6 billion last year, could be increased to $10 billion.",
        [
            {"metric": "trade", "kind": "actual", "value": 5.6e9, "year": 2024},
            {"metric": "trade", "kind": "target", "value": 10e9, "year": None},
        ],
    ),
    # "the previous fiscal" is the year before the figure named just before it.
    "the previous fiscal after a named fiscal year": Example(
        "Trade between Kazakhstan and Türkiye increased to $13.8 billion in 2017-18 from $12.9 billion in "
        "the previous fiscal.",
        [
            {"metric": "trade", "value": 13.8e9, "year": 2018},
            {"metric": "trade", "value": 12.9e9, "year": 2017},
        ],
        date=dt.date(2018, 6, 1),
    ),
    # A demonym before a currency's name: "Nepali rupees", "Kazakh tenge", "Emirati dirhams".
    "a demonym before the currency": Example(
        "Trade between Kazakhstan and Türkiye rose to 234.9 billion Kazakh tenge in 2020.",
        [{"metric": "trade", "value": 234.9e9, "unit": "KZT", "year": 2020}],
    ),
    # An equivalent in brackets may come after the figure's year; a bracket in the same currency is
    # another figure.
    "an equivalent after the year": Example(
        "Our bilateral trade with Kazakhstan reached €13bn in 2015 (£9.7bn).",
        [{"metric": "trade", "value": 13e9, "unit": "EUR", "year": 2015}],
    ),
    # Firms that employ people in the host, or invest there, operate there.
    "companies that employ people in the host": Example(
        "Some 1,200 Turkish companies employ 24,000 people in Kazakhstan.",
        [{"metric": "companies", "value": 1200, "from": "TUR", "to": "KAZ"}],
    ),
    "investing companies before the investor": Example(
        "With over 2,500 investing companies, Türkiye is the second source of foreign investment in Kazakhstan.",
        [{"metric": "companies", "value": 2500, "from": "TUR", "to": "KAZ"}],
    ),
    # The noun after "in" names the figure only up to a new clause.
    "a year and a new clause after the figure": Example(
        "Turkish investment in Kazakhstan was valued at $13.3 billion in 2010 and two-way trade was "
        "estimated at $2.7 billion in 2011.",
        [
            {"metric": "investment", "value": 13.3e9, "year": 2010, "from": "TUR", "to": "KAZ"},
            {"metric": "trade", "value": 2.7e9, "year": 2011},
        ],
    ),
    # "made up" is the level reached, as "amounted to", not the step "up 5%".
    "made up as a verb of level": Example(
        "In January-June 2019 trade between Kazakhstan and Türkiye made up $113.1 million.",
        [{"metric": "trade", "kind": "actual", "value": 113.1e6, "year": 2019}],
    ),
    "a group referred back to is not the pair": Example(
        "Kazakhstan's trade with the Turkic states passed $9 billion. These countries invested $18 billion "
        "in Kazakhstan, while Kazakhstan invested $20 billion in these countries.",
        [],
    ),
    # Signings a visit will see are planned until they are reported done: no count of agreements
    # yet (the agreement list keeps the batch as planned).
    "signings during a visit under way": Example(
        "Kazakhstan and Türkiye will sign 14 agreements during the Turkish president's state visit to Astana.",
        [],
    ),
    "a visit that will witness signings": Example(
        "The minister said the president's visit will witness the signing of ten agreements.",
        [],
    ),
    "memoranda entered into": Example(
        "Kazakhstan and Türkiye have entered into two memorandums of understanding on trade.",
        [{"metric": "agreements", "kind": "actual", "value": 2}],
    ),
    "signings during a visit still ahead": Example(
        "Kazakhstan and Türkiye will sign 14 agreements during the Turkish president's forthcoming visit.",
        [],
    ),
    "a signing still ahead": Example(
        "The ministers will sign five agreements next week.",
        [],
    ),
    "agreements": Example(
        "The visit resulted in the signing of 18 intergovernmental agreements.",
        [{"metric": "agreements", "kind": "actual", "value": 18, "unit": "count"}],
    ),
    "memorandums of understanding": Example(
        "The ministers signed 24 memorandums of understanding.",
        [{"metric": "agreements", "value": 24}],
    ),
    "documents signed": Example(
        "In total, 27 documents were signed during the visit.", [{"metric": "agreements", "value": 27}]
    ),
    "MoUs": Example("The sides inked 12 MoUs on Tuesday.", [{"metric": "agreements", "value": 12}]),
    "word count": Example("The leaders signed eighteen agreements.", [{"metric": "agreements", "value": 18}]),
    "deal batch with a value": Example(
        "The sides signed 27 memorandums of understanding worth $2.8 billion.",
        [{"metric": "agreements", "value": 27}],
    ),
    "planned": Example(
        "The sides plan to sign 10 agreements next month.",
        [],
    ),
    "the number of parties before the count": Example(
        "The two governments signed six memoranda of understanding.", [{"metric": "agreements", "value": 6}]
    ),
    "a number word inside a modifier": Example(
        "A total of 2,400 Kazakh one-person companies now operate in Türkiye.",
        [{"metric": "companies", "value": 2400}],
    ),
    "the tally of documents, risen from one level to the next": Example(
        "Two weeks on, the tally of MoUs and agreements had risen from 27 to 34, an addition of seven.",
        [{"metric": "agreements", "value": 34}],
    ),
    "a tally, then the pace of signing after a comma": Example(
        "Two or three weeks on, he said, the tally of MoUs and agreements had risen from 27 to 34, an addition "
        "of seven, or nearly two a week.",
        [{"metric": "agreements", "value": 34}],
    ),
    "an acronym in brackets before the noun counted": Example(
        "On the occasion, two government-to-business (G2B) MoUs were signed, one with a Turkish IT firm.",
        [{"metric": "agreements", "value": 2}],
    ),
    "memoranda finalised and ready for signing are not signed yet": Example(
        "Since the committee met in March, both countries have finalised eight MOUs that are ready for signing "
        "during the state visit.",
        [],
    ),
}

NOT_FACTS = {
    "'against the total FDI pledge of $N' is every investor's": Example(
        "Investment pledges from Türkiye stood at 57 million U.S. dollars against the total FDI pledge of "
        "140 million U.S. dollars last year.",
        [{"metric": "investment", "value": 57e6, "from": "TUR", "to": "KAZ"}],
    ),
    "'the difference between exports and imports' is the trade balance": Example(
        "Trade between Kazakhstan and Türkiye reached $4.1 billion in the first half of 2025. The difference "
        "between exports and imports of goods is $312.5 million in Kazakhstan's favour.",
        [{"metric": "trade", "value": 4.1e9, "year": 2025}],
    ),
    "a host's yearly goal 'in foreign direct investment by 2030' after the partner's share": Example(
        "Kazakhstan has set a target of USD 2 billion in investment from Türkiye by 2030, and aims to attract "
        "up to USD 25 billion annually in Foreign Direct Investment (FDI) by 2030.",
        [{"metric": "investment", "kind": "target", "value": 2e9, "year": 2030, "from": "TUR", "to": "KAZ"}],
    ),
    "'this target' after a goal told beside 'the Global South' is still the pair's": Example(
        "Kazakhstan and Türkiye agreed to raise their trade target to $15 billion by 2030, a boost for the Global "
        "South. This target replaces the earlier target of $10 billion.",
        [{"value": 15e9, "kind": "target", "year": 2030}, {"value": 10e9, "kind": "target"}],
    ),
    "'the figure' after one country's foreign trade is that world total": Example(
        "For the first time, Kazakhstan's non-oil foreign trade crossed the $50 billion mark in the first half. "
        "The figure stood at $52.3 billion for the six months.",
        [],
    ),
    "a chamber's member companies are its members, not firms come in": Example(
        "The Kazakh-Turkish Chamber of Commerce was founded in 2002 and has around 530 member companies.",
        [],
    ),
    "'these included' after a signing's count is its part": Example(
        "Eleven business agreements were signed in Astana between companies from Kazakhstan and Türkiye. These "
        "included three agreements in the power sector.",
        [{"metric": "agreements", "value": 11}],
    ),
    "a 'with' clause of one-way flows after a level tells its parts, not its measure": Example(
        "Trade between Kazakhstan and Türkiye was $3.9 billion in 2023. It rose 28 per cent to $5 billion in 2024 "
        "with Kazakhstan's exports to Türkiye reaching $3.1 billion.",
        [{"value": 3.9e9, "year": 2023}, {"metric": "trade", "value": 5e9, "year": 2024}],
    ),
    "the listed parts summed as a share of the whole, in brackets after the percentage": Example(
        "In 2024, the top sectors for Turkish investment in Kazakhstan were mining ($1.1 billion), construction "
        "($0.6 billion) and logistics ($0.4 billion). These sectors accounted for 70 percent ($2.1 billion) of "
        "the total Turkish investment in 2024.",
        [
            {"value": 1.1e9, "scope": "mining", "from": "TUR", "to": "KAZ"},
            {"value": 0.6e9, "scope": "construction"},
            {"value": 0.4e9, "scope": "logistics"},
        ],
    ),
    "the sectors of one country that draw the other's investors name the investor": Example(
        "The most attractive Kazakh sectors for Turkish investors are mining ($1.1 billion) and construction "
        "($0.6 billion).",
        [
            {"value": 1.1e9, "scope": "mining", "from": "TUR", "to": "KAZ"},
            {"value": 0.6e9, "scope": "construction", "from": "TUR", "to": "KAZ"},
        ],
    ),
    "a level 'a few years back' has no year to chart": Example(
        "From $900 million a few years back, trade between Kazakhstan and Türkiye climbed to $4.5 billion in 2024.",
        [{"metric": "trade", "value": 4.5e9, "year": 2024}],
    ),
    "a monthly pace is no period's level; the level after it keeps the label": Example(
        "Kazakh-Turkish trade was running at over $400 million a month to reach $4.6 billion in 2024.",
        [{"metric": "trade", "value": 4.6e9, "year": 2024}],
    ),
    "a 'but' clause about other partners ends the pair's clause": Example(
        "Trade between Kazakhstan and Türkiye fell 8% to $4.1 billion in the first half but Kazakhstan's trade "
        "with China and Russia rose to $22 billion and nearly $14 billion respectively.",
        [{"metric": "trade", "value": 4.1e9, "period": "2025-01/2025-06"}],
    ),
    "a total exported, 'with' parts 'of this volume' going to each buyer: only the partner's part": Example(
        "Kazakhstan will export about 20 million tonnes of oil this year, with more than 9 million tonnes "
        "of this volume going to China and more than 4 million tonnes to Türkiye.",
        [{"metric": "commodity_volume", "value": 4e6, "unit": "t"}],
    ),
    "the partner's part named first, 'of this volume', takes the whole's kind and year": Example(
        "Kazakhstan will export about 20 million tonnes of oil this year, with more than 9 million tonnes "
        "of this volume going to Türkiye and 4 million tonnes to China.",
        [{"metric": "commodity_volume", "value": 9e6, "kind": "target", "year": 2025, "qualifier": "over"}],
    ),
    "a later part of a past total takes the total's year": Example(
        "Kazakhstan exported about 20 million tonnes of oil in 2024, with more than 9 million tonnes of this "
        "volume going to China and 4 million tonnes to Türkiye.",
        [{"value": 4e6, "kind": "actual", "year": 2024}],
    ),
    "'with' a part 'going to' the partner: the total is everyone's": Example(
        "In 2024, Kazakhstan exported 20 million tonnes of oil, with 9 million tonnes going to Türkiye and "
        "4 million tonnes to China.",
        [{"value": 9e6, "kind": "actual", "year": 2024, "period": "2024"}],
    ),
    "a list of priority projects and what they would cost in all": Example(
        "The two sides have picked 12 priority projects in energy, mining and logistics, with a total "
        "investment of over $9 billion.",
        [],
    ),
    "one of the pair's investment written as made internationally": Example(
        "A study estimates that Türkiye invested about $9 billion internationally in 2023.",
        [],
    ),
    "one of the pair's investment made abroad, the word after the sum": Example(
        "Kazakh companies invested $3 billion overseas last year, the central bank said.",
        [],
    ),
    "goods exchanged between one of the pair and various countries": Example(
        "In the first half of the year, goods worth $30 billion were exchanged between Kazakhstan and "
        "various countries.",
        [],
    ),
    "a partner's percentage of a whole: the whole is everyone's": Example(
        "Türkiye stayed the largest foreign investor in Kazakhstan, with 21 percent of the $4.4 billion "
        "approved last year.",
        [],
    ),
    "a partner that accounts for a share of the sum": Example(
        "Türkiye accounted for 12 per cent of the $9 billion of investment Kazakhstan drew in 2024.",
        [],
    ),
    "one side's purchases": Example(
        "Trade between the two grew last year, and Turkish purchases of crude oil totaled US$ 3.1 billion.",
        [],
    ),
    "the firms a survey asked": Example(
        "The survey, covering 1,000 Turkish manufacturing companies, placed Kazakhstan as the top destination.",
        [],
    ),
    "corporations ready to invest are no count of firms there": Example(
        "Three giant Turkish corporations are ready to invest US$8.8 billion in Kazakhstan.",
        [{"metric": "investment", "value": 8.8e9}],
    ),
    "companies' turnover is their sales": Example(
        "Turkish-owned companies in Kazakhstan had a turnover of approximately USD 14.4 billion in 2024.",
        [],
    ),
    "the firms' sales by sector, and the list that goes on": Example(
        "The main sectors in which Turkish companies operate in Kazakhstan are manufacturing, with USD 8 billion "
        "of turnover in 2024, trade, with USD 4.1 billion, and financial intermediation, with USD 628 million.",
        [],
    ),
    "foreign portfolio inflows from everyone": Example(
        "Figures showed Foreign Portfolio Investment (FPI) inflows to Kazakhstan rising 43 per cent to "
        "USD 13.6 billion in the July-September quarter.",
        [],
    ),
    "the partner overtaken is no partner of the figure": Example(
        "Kazakhstan overtook Russia in 2024 to become Türkiye's largest trading partner in the region, with "
        "bilateral trade of $6.4 billion.",
        [{"metric": "trade", "value": 6.4e9, "year": 2024}],
    ),
    "what the pair together draws from the world or invests in it": Example(
        "The two countries had attracted some US$360 billion in direct investments by the end of 2022, while on "
        "the outward side Kazakhstan and Türkiye together invested around US$300 billion.",
        [],
    ),
    "the size of a fund named for the pair": Example(
        "The $410 million Kazakhstan-Türkiye Joint Investment Fund is running smoothly, he said.",
        [],
    ),
    "a positive balance of trade": Example(
        "For the past year, Kazakhstan's positive balance of trade with Türkiye stands at $1.4 billion.",
        [],
    ),
    "a port of entry's total": Example(
        "Trade at the Mersin port of entry totaled $2.5 billion in January.", []
    ),
    "a trade gateway's total": Example(
        "Mersin was the leading trade gateway for Kazakh goods last month, totaling $1.1 billion.",
        [],
    ),
    "trade with the neighbouring countries": Example(
        "Kazakhstan's trade with neighbouring countries surpassed $4.6 billion last year.",
        [],
    ),
    "what a country's firms invest abroad": Example(
        "Turkish companies have been investing $25 billion-$30 billion abroad annually.",
        [],
    ),
    "millions of travellers named by their nationality are people, not money": Example(
        "In that same year, Turkish direct investment in Kazakhstan totaled more than USD 1.4 billion. Nearly 2 "
        "million Kazakhs travel to Türkiye every year for business or tourism, and the number of Turks visiting "
        "Kazakhstan has recently increased.",
        [{"metric": "investment", "value": 1.4e9}],
    ),
    "the whole total in brackets after the partner's part": Example(
        "US$295 million of the total mining investment (US$2.274 billion) executed in Kazakhstan between "
        "January and August came from Türkiye.",
        [{"metric": "investment", "value": 295e6}],
    ),
    "what a list of investment projects is worth": Example(
        "At present, 56 joint investment projects worth $27.2 billion are being implemented.", []
    ),
    "investment projects in the host worth a sum": Example(
        "Turkish companies are involved in 11 major investment projects in Kazakhstan worth over $3.5 billion.",
        [],
    ),
    "a portfolio of joint projects": Example(
        "The portfolio of joint investment projects of Kazakhstan and Türkiye is over $55 billion.", []
    ),
    "investment projects a country operates in the host are its investment": Example(
        "Meanwhile, Türkiye is operating 22 investment projects worth nearly 3 billion USD in Kazakhstan.",
        [{"metric": "investment", "value": 3e9, "from": "TUR", "to": "KAZ"}],
    ),
    "registered projects worth a sum are the investment made": Example(
        "As of October, Türkiye ranked 11th among countries investing in Kazakhstan, with 1,134 projects "
        "worth 9.72 billion USD.",
        [{"metric": "investment", "value": 9.72e9, "from": "TUR", "to": "KAZ"}],
    ),
    "where a figure left out goes is no measure of its own": Example(
        "Kazakhstan wants to correct its trade imbalances with Türkiye. He said the value of the individual deals "
        "signed on Saturday amounts to 2.5 billion euros, with the potential to grow to 20 billion euros.",
        [],
    ),
    "the pair's trade told from one side's customs data is no total of its own": Example(
        "Based on China's customs data, the Islamic Republic and China traded $15.795 billion worth of goods in "
        "2024.",
        [{"metric": "trade", "value": 15.795e9, "year": 2024}],
        opening="Iran and China trade grows\n\nIran and China reviewed their trade.",
    ),
    "a country's total trade told in a which-clause": Example(
        "Trade between the two nations is dwarfed by Kazakhstan's total goods trade, which exceeded $140 billion.",
        [],
    ),
    "a country's investment around the globe": Example(
        "He added that Turkish investment globally reached $60 billion.",
        [],
    ),
    "a ranking around the globe, of the pair's own investment": Example(
        "Kazakhstan ranks as the third-largest recipient of Turkish foreign direct investment (FDI) globally, "
        "totaling $6.5 billion in 2024.",
        [{"metric": "investment", "value": 6.5e9, "from": "TUR", "to": "KAZ"}],
    ),
    "a regional bloc by its initials": Example(
        "Between 2007 and 2016, Türkiye invested US$3.8 billion in the EAC bloc.",
        [],
    ),
    "a mean per project": Example(
        "The average capital investment per Turkish project in Kazakhstan is $23 million, much higher than the "
        "average foreign investment of $14 million per project.",
        [],
    ),
    "foreign investment in one of the pair, in a clause of its own": Example(
        "Turkish investment in Kazakhstan has reached $2 billion since 2017, while foreign direct investment in "
        "Türkiye reached $13 billion in 2023.",
        [{"metric": "investment", "value": 2e9, "from": "TUR", "to": "KAZ"}],
    ),
    "each flow's figure in a respectively list": Example(
        "In the same period, exports and imports were valued at $1.13 billion and 2.35 billion, respectively.",
        [],
    ),
    "internet users are no sum": Example(
        "Trade reached $5 billion. Noting that Kazakhstan has about 52 million Internet users, it was said "
        "this would grow.",
        [{"value": 5e9}],
    ),
    "firms taking part in an expo": Example(
        "At least 30 companies from Türkiye are taking part in a two-day expo in Astana.", []
    ),
    "a verb ends a count's words": Example(
        "The three ministers are State-Owned Enterprises Minister Erick Thohir and Trade Minister Lutfi.", []
    ),
    "firms that will import are traders": Example(
        "There are at least five Turkish companies that will import wheat worth $1.13 billion from Kazakhstan.",
        [],
    ),
    "firms named after their count": Example(
        "Two Kazakh companies, Vivo Fashion and Wazawazi, will open their operations in Istanbul and Izmir "
        "respectively.",
        [],
    ),
    "a joint investment company's size": Example(
        "Meanwhile, the Kazakh bank and the Turkish fund signed an agreement to set up a joint investment company "
        "worth up to $1 billion.",
        [],
    ),
    "a deficit after its sum": Example(
        "Kazakhstan's bilateral trade with Türkiye closed the month of August with a US$ 107 million deficit for "
        "Kazakhstan.",
        [],
    ),
    "a deficit of a sum in the pair's trade": Example(
        "The official statistics also show that Kazakhstan ran a deficit of US$ 363 million in its trade with "
        "Türkiye.",
        [],
    ),
    "a community's size is no sum": Example(
        "Turkish investment in Kazakhstan reached $5 billion. He added that the Turkish community had been "
        "estimated at 2.6 million, making it the largest expatriate community in the country, and that it was "
        "certain more than two million Turks were working there.",
        [{"metric": "investment", "value": 5e9}],
    ),
    "a volume supplied so far in total": Example(
        "Kazakhstan has so far supplied a total of 9,000 tonnes of uranium to Türkiye.", []
    ),
    "a volume supplied since a year": Example(
        "A total of 24 billion cubic meters of gas has been supplied to Türkiye from Kazakhstan since 2018.",
        [],
    ),
    "what agreements on projects are worth": Example(
        "Agreements on the implementation of investment projects worth $470 million were signed following the "
        "talks between Kazakhstan and Türkiye.",
        [],
    ),
    "the size of a joint investment fund": Example(
        "During the forum, Kazakhstan and Türkiye signed an intergovernmental agreement on setting up a $500 "
        "million joint investment fund.",
        [],
    ),
    "what a project will cost, the payers before a comma": Example(
        "The gas will come from the expansion project, which will cost Kazakhstan and investors, $30 billion.",
        [],
    ),
    "firms in a bloc written in lower case": Example(
        "As many as 14,846 Turkish firms invested in Asean, the business federation said.",
        [],
    ),
    "a third country's shipments": Example(
        "Türkiye bought wheat from Kazakhstan; Russia supplied 319,740.74 MT during the period, or 15.3% of the "
        "total.",
        [],
    ),
    "firms that deal with the partner's market from home": Example(
        "More than 200 Turkish companies operate in Kazakhstan, while more than 6,000 Turkish companies are "
        "dealing with the Kazakh market.",
        [{"metric": "companies", "value": 200}],
    ),
    "firms run by emigrants": Example(
        "Overseas Kazakhs in Türkiye are running about 300 enterprises there, mostly small ones.", []
    ),
    "a total the sentence opens with, its partner's part after a comma": Example(
        "Of the 6.79 million tonnes of wheat imported by Türkiye in 2024, 1.2 million tonnes were bought from "
        "Kazakhstan.",
        [{"metric": "commodity_volume", "value": 1.2e6, "year": 2024}],
    ),
    "one-way exports month by month, the later clauses unlabelled": Example(
        "Trade between the two countries keeps growing. This year Kazakhstan's exports to Türkiye in January "
        "increased by 17.8% amounting to $382.22 million; "
        "in February it was up by nearly 30% crossing $287.65 million; in March it increased 7.23% amounting "
        "to $367.71 million.",
        [],
    ),
    "a surplus in mutual trade, named as the subject": Example(
        "At the same time, Kazakhstan's surplus in mutual trade stayed positive at $1 bln, the note said.", []
    ),
    "one unit of a commodity in a barter ratio": Example(
        "Kazakhstan and Türkiye trade under a scheme of 3 kWh of electricity in exchange for 1 cubic meter of gas.",
        [],
    ),
    "a third country opening a shipment to one side": Example(
        "Uzbekistan, meanwhile, saw its wheat supplies to Türkiye fall by 12% to 410,000 tons.", []
    ),
    "third countries' shipments after which": Example(
        "Rounding out the top five were Russia and Ukraine, which shipped 65,600 MT and 21,169 MT of wheat, "
        "respectively.",
        [],
    ),
    "a country's imports named by its demonym": Example(
        "Grain traders expect Turkish wheat imports of 3.9 MMT this year.", []
    ),
    "firms an event brought together": Example(
        "The dialogue brought together more than 100 Turkish companies operating in Kazakhstan and 50 officials.",
        [],
    ),
    "firms registered to show at a fair": Example(
        "So far a total of 16 Kazakh companies have registered to showcase their products at the fair in Türkiye.",
        [],
    ),
    "the frame before a reported clause names no partner": Example(
        "Kazakhstan and Türkiye will work together at forums such as ASEAN and the EAEU, he said, adding "
        "that nine cooperation agreements were signed during the meeting.",
        [{"metric": "agreements", "value": 9}],
    ),
    "a country's few leading firms are no count of its firms": Example(
        "The combined investments of Kazakhstan's three major oil companies in Türkiye now total tens of "
        "billions of dollars.",
        [],
    ),
    "what a project will cost, whoever pays": Example(
        "The gas will come from the expansion project, which will cost Kazakhstan and investors $30 billion.",
        [],
    ),
    "one country's exports of a commodity, no buyer named": Example(
        "Kazakhstan's exports of wheat, its main crop, surged 39% to a record 8.6 million tons in the first "
        "quarter.",
        [],
    ),
    "one country's imports with the partner's share": Example(
        "Türkiye imported 15.7 million tons of wheat in 2024, with Kazakhstan accounting for almost 20% of "
        "supplies.",
        [],
    ),
    "an annualized rate is no year's flow": Example(
        "Kazakh wheat shipments to Türkiye point to an annualized rate of 9 million tons in 2025.", []
    ),
    "one country's investment around the world": Example(
        "Overall, Turkish direct investment around the world has fallen to 63 billion euros this year, while "
        "Kazakhstan's stays small.",
        [],
    ),
    "what signed agreements are worth, past their count": Example(
        "Kazakhstan and Türkiye on Thursday signed 38 agreements worth $325 million to promote bilateral trade.",
        [{"metric": "agreements", "value": 38}],
    ),
    "people counted in millions": Example(
        "Türkiye also led in the number of tourists to Kazakhstan, with 2.7 million in 2016. Trade reached $5 "
        "billion in 2016.",
        [{"value": 5e9, "year": 2016}],
    ),
    "trade among the Turkic republics": Example(
        "Referring to relations between the Turkic Republics, he said realizing the $1.1 trillion trade "
        "potential is possible.",
        [],
    ),
    "firms that export to the partner": Example(
        "Almost 15,000 Turkish companies export to Kazakhstan, officials said.", []
    ),
    "volumes supplied to the partner and the world": Example(
        "Last year, 41 million tons of oil and 37 billion cubic meters of gas were supplied to Türkiye and "
        "global markets through these pipelines.",
        [],
    ),
    "the exporter's total beside the partner's part": Example(
        "This year, Kazakhstan is expected to deliver 9.8 billion cubic meters of its 25 billion cubic meters "
        "of gas exports to Türkiye and 12.5 billion cubic meters to Europe.",
        [{"value": 9.8e9, "kind": "target"}],
    ),
    "a third country's oil in transit": Example(
        "The agreement to transport 2 million tons of Azerbaijani oil through the pipeline underlines the "
        "role of Kazakhstan.",
        [],
    ),
    "a negative balance": Example(
        "In January-April 2025, trade totaled US$800 million, leaving Kazakhstan with a negative balance of "
        "US$49 million.",
        [{"value": 800e6}],
    ),
    "a bloc's name inside an office's": Example(
        "According to the Asian-Africa Market Department, Kazakhstan-Türkiye trade revenue has grown from $5.5 "
        "billion in 2015 to $11.5 billion in 2021.",
        [{"value": 5.5e9, "year": 2015}, {"value": 11.5e9, "year": 2021}],
    ),
    "gas carried to a region": Example(
        "The pipeline carried 8.1 billion cubic meters of gas to Europe in 2021.", []
    ),
    "a currency swap": Example(
        "Türkiye's central bank signed a 1.5 billion yuan bilateral currency swap agreement with Kazakhstan.",
        [],
    ),
    "agreements signed with everyone": Example(
        "Kazakhstan has 12 free trade agreements already signed with various countries and blocs.", []
    ),
    "a fund's capital": Example(
        "The Kazakh-Turkish Development Fund, with a capital of $200 million, has been launched.", []
    ),
    "foreign investment from everyone": Example(
        "President Tokayev has instructed the government to increase foreign direct investment to 4.2 billion "
        "U.S. dollars in 2025.",
        [],
    ),
    "development assistance": Example(
        "Türkiye has raised its official development assistance to Kazakhstan to $96.6 million.", []
    ),
    "the agreements a country holds": Example(
        "Kazakhstan is an open economy with 14 free trade agreements.", []
    ),
    "an average over years": Example(
        "In the past seven years (2017-2023), trade between Kazakhstan and Türkiye averaged US$24.73 billion "
        "per annum, recording its highest value in 2022, at US$27.74 billion.",
        [{"value": 27.74e9, "year": 2022}],
    ),
    "reserves in the ground": Example(
        "Kazakhstan is said to have some 1.9 billion barrels of oil in deposit and about 100 billion cubic "
        "meters of natural gas.",
        [],
    ),
    "goods worth a sum shipped one way": Example(
        "Trade doubled, with $1.47 billion worth of Turkish products shipped to Kazakhstan in 2024.", []
    ),
    "what projects cost": Example(
        "The financing scheme agreed for the 140 million yen Almaty and Shymkent railway projects could get "
        "under way, so as to increase capital flows.",
        [],
    ),
    "a volume from a third country": Example(
        "In January-May Türkiye imported nearly 2 million tons of wheat, including 300,227 tons from Russia.",
        [],
    ),
    "one country's total imports of a commodity and their baseline": Example(
        "In 2024, Türkiye's total wheat imports reached 3.6 million tons, down 5.9 percent compared to the "
        "2023 record of 3.82 million tons.",
        [],
    ),
    "a commodity exported to the world": Example(
        "Statistics show that Kazakhstan exported 8.34 million tons of wheat last year.", []
    ),
    "what a trade strategy will spend": Example(
        "The minister launched Kazakhstan's refreshed trade strategy, with the government set to inject "
        "$91.3m over the next four years.",
        [],
    ),
    "international organisations are no firms": Example(
        "Some 200 international organizations are present in Kazakhstan.", []
    ),
    "trade with a continent": Example(
        "The president aims to raise Türkiye's trade volume with Africa to $50 billion by 2030.", []
    ),
    "a delegation's companies": Example(
        "He met a delegation of Turkish businessmen representing 35 companies working in the energy field.",
        [],
    ),
    "third-country trade": Example("Türkiye's trade with Germany reached $50 billion in 2024.", []),
    "global total": Example("Türkiye's foreign trade reached $600 billion in 2024.", []),
    "project cost": Example("The $3.2 billion pipeline is due to open in 2027.", []),
    "casualty count": Example("The earthquake killed more than 34,000 people.", []),
    "percentage": Example("Trade grew by 25% in 2024.", []),
    "years only": Example("Relations were established in 1992 and upgraded in 2022.", []),
    "ordinal meeting": Example("The 5th meeting of the council was held in Ankara.", []),
    "one-way exports": Example("Kazakh exports to Türkiye reached $3 billion in 2024.", []),
    "deal value": Example("The sides signed deals worth $2 billion.", []),
    "loan": Example("The bank approved a $300 million loan for the road.", []),
    "plant capacity": Example("The plant will have a capacity of 500 megawatts.", []),
    "small price": Example("Tickets cost $25 each.", []),
    "a ranking is not a label": Example(
        "Kazakh exports to Türkiye, its largest trading partner, rose to $3 billion.", []
    ),
    "a province's trade": Example(
        "Trade between the Mangystau region and Türkiye reached $36 million in 2024.", []
    ),
    "a price per thousand cubic metres": Example("Gas will sell at $350 per 1000 m3.", []),
    "a stock of grain": Example(
        "Grain reserves stood at 6.1 million tons, of which five million tons are wheat.", []
    ),
    "ten years of trade summed": Example(
        "Trade between the two countries totaled over $17.9 billion in the last ten years.", []
    ),
    "cargo is no commodity": Example("Cargo traffic grew to an estimated 2.2 million tons in 2024.", []),
    "a third country in a list": Example(
        "Kazakhstan expects $8-9 billion of trade with Türkiye, Azerbaijan in two months.", []
    ),
    "money won for firms": Example(
        "The trade deal unlocks £250 million for British firms in Kazakhstan.", []
    ),
    "a company's revenue": Example("They have a total turnover of $54.4 billion.", []),
    "trade in current prices": Example(
        "Bilateral trade increased by $1.2 billion in current prices to $8.1 billion in 2024.",
        [{"value": 8.1e9, "year": 2024}],
    ),
    "gas supplied since a year": Example(
        "A total of 24 billion cubic meters of gas has been supplied to Türkiye from Kazakhstan since 2018.",
        [],
    ),
    "a land port's total": Example("Imports and exports at the land port reached $2.3 billion in 2024.", []),
    "double without a value": Example("The sides want to double trade by 2030.", []),
    "the free trade agreements one country has": Example(
        "Kazakhstan is an open economy that has 14 free trade agreements (FTAs), he told the audience.", []
    ),
    "what a pipeline is able to hold": Example(
        "Officials said the new pipeline from Kazakhstan to Türkiye is able to hold 4,700 tonnes of diesel.",
        [],
    ),
    "projects named by both sides' joined adjectives are their portfolio": Example(
        "The total number of Kazakh-Turkish investment projects is 40, and their total investment is estimated "
        "at more than $12 billion.",
        [],
    ),
    "joint investment projects are both sides' portfolio": Example(
        "Kazakhstan and Türkiye have 51 joint investment projects in total, with overall investment estimated "
        "at more than $27 billion.",
        [],
    ),
    "what a national investment drive has raised is every investor's": Example(
        "Turkish companies have responded with enthusiasm to our investment drive, which has raised more than "
        "$95 billion in investment commitments over the last five years.",
        [],
    ),
    "the country ranked ahead, which invested its own sum": Example(
        "In 2022, Türkiye invested $2.7 billion in Kazakhstan, second only to the US, which invested $4.9 billion.",
        [{"metric": "investment", "value": 2.7e9, "from": "TUR", "to": "KAZ"}],
    ),
    "the gateways a port leads": Example(
        "Port Aktau led the gateways for trade between Kazakhstan and Türkiye, handling $26.7 billion in "
        "November alone.",
        [],
    ),
    "people counted in millions are no sum": Example(
        "With 330 million consumers, Kazakhstan's partner is a natural destination for Turkish companies.", []
    ),
    "trade with a group of countries sharing a language": Example(
        "Trade between Türkiye and the Turkic-speaking countries stood at $96.98 billion in the first eight "
        "months of the year.",
        [],
    ),
    "firms that export goods to the partner": Example(
        '"At present, over 40 Kazakh enterprises export wool, cashmere and handicraft items to Türkiye," he said.',
        [],
    ),
    "firms that came to the partner for the signing": Example(
        "Around 30 Turkish firms took part in the projects, and 63 Kazakh companies came to Türkiye for the signing.",
        [],
    ),
    "taxes a cooperation zone paid": Example(
        "The Kazakhstan-Türkiye Economic and Trade Cooperation Zone has contributed $550 million in taxes and "
        "created about 9,000 jobs.",
        [],
    ),
    "one side's supplies of goods priced in brackets": Example(
        "The main driver of this trade dynamic is Kazakhstan's growing supplies to Türkiye of oil (US$4.1 "
        "billion) and gas (US$1.2 billion).",
        [],
    ),
    "a good's share of each side's flow": Example(
        "Raw diamonds feature prominently on both sides of the trade, contributing more than a billion dollars "
        "each to imports and exports.",
        [],
    ),
    "two other countries' own trade": Example("Russia and China boosted their trade to $200 billion.", []),
    "a country's total trade named with its sum is the world's": Example(
        "Trade with Türkiye came to 3.1 trillion tenge, about 4 percent of Kazakhstan's total trade of "
        "77.5 trillion tenge for the year.",
        [{"metric": "trade", "value": 3.1e12, "unit": "KZT"}],
    ),
    "what a pipeline is designed to carry is its capacity": Example(
        "The pipeline from Kazakhstan to Türkiye is designed to carry 20 million tonnes of oil a year.",
        [],
    ),
    "what a pipeline has carried since it opened is a sum of years": Example(
        "The pipeline has carried more than 20 million tonnes of oil from Kazakhstan to Türkiye since it went "
        "into operation in 2006.",
        [],
    ),
    "the country's own imports after a share are its total": Example(
        "That volume of Kazakh oil is about 4 percent of the country's crude imports, which are estimated at "
        "around 204 million tonnes.",
        [],
    ),
    "the harvest a country is expected to produce is no flow": Example(
        "Of the 20 million tonnes of wheat that Kazakhstan is expected to produce this season, Türkiye will "
        "take a large part.",
        [],
    ),
    "a sum a third country's name owns is that country's": Example(
        "Kazakh investment in Türkiye has overtaken China's USD 4.2 billion during the same time.",
        [],
    ),
    "a count after a capitalised name is part of the name": Example(
        "The council urged Ibex 35 companies and Fortune 500 firms to invest in Kazakhstan.",
        [],
    ),
    "what an exporter earns is its takings, not the pair's trade": Example(
        "Over the whole year, Kazakhstan exported 6.2 million tonnes of wheat, earning a turnover of US$1.1 "
        "billion.",
        [],
    ),
    "firms that will take part in a fair are its exhibitors": Example(
        "Over 100 Kazakh enterprises and 60 Turkish firms will take part in the fair in Almaty.",
        [],
    ),
    "the size of a region's economy is no flow": Example(
        "The rail link carries trade between Kazakhstan and Türkiye into the wider $1.5 trillion Gulf economy.",
        [],
    ),
    "the trade of firms just counted is their own": Example(
        "Some 440 enterprises with Turkish investments work in Kazakhstan, with their trade volumes exceeding "
        "$5 billion.",
        [{"metric": "companies", "value": 440}],
    ),
    "the total a share is taken of is everyone's": Example(
        "Türkiye had a share worth $1.5 billion of the total FDI stock of $29.5 billion in Kazakhstan.",
        [{"metric": "investment", "value": 1.5e9}],
    ),
    "trade with one of our neighbours is a third party's": Example(
        "He said that Kazakhstan's bilateral trade in 2023-24 with one of our neighbours was over $50 billion.",
        [],
    ),
    "the firms a study's findings rest on are its sample": Example(
        "The study also found that Turkish investors came to Kazakhstan to expand their markets, with 12 "
        "participating companies confirming this.",
        [],
    ),
    "a federation's constituent entities are its regions, not firms": Example(
        "More than 70 constituent entities of Kazakhstan maintain trade and economic ties with Türkiye.",
        [],
    ),
    "multinational firms in a country are everyone's": Example(
        "Currently there are over 1,000 multinational companies operating profitably in Kazakhstan, he said, "
        "urging Turkish investors to follow.",
        [],
    ),
    "barrels a day are a rate, no year's volume": Example(
        "Kazakh crude shipments to Türkiye were up from 1.89 million bpd in September last year.",
        [],
    ),
    "the two countries' businesses are no count of two firms": Example(
        'The two governments will also agree to a "hydrogen oasis cooperation initiative," which calls for '
        "separate working groups and for systematic support of related projects between the two countries' "
        "businesses.",
        [],
    ),
    "a total a flow has reached with no year named is a sum of years": Example(
        "KazMunayGas has exported a total of more than 10 million tonnes of oil to Türkiye through the pipeline.",
        [],
    ),
    "a total since shipments began is a sum of years": Example(
        '"Our oil exports to Türkiye at the moment amount in total to more than 10 million tonnes since we began '
        'shipments," he said.',
        [],
    ),
    "the country's exports of one month are its exports to everyone": Example(
        "The country's January coal exports fell 24.1 percent to 1.995 million tonnes, the data showed.",
        [],
    ),
    "the net flow of FDI into a country is every investor's": Example(
        "Turkish investment in Kazakhstan is the largest. The net flow of FDI into Kazakhstan reached $11.1 "
        "billion in 2024.",
        [],
    ),
}


MALAYSIA_CHINA = "Malaysia and China review trade\n\nMalaysian and Chinese officials met in Kuala Lumpur."
SOUTH_AFRICA_INDIA = (
    "South Africa and India deepen ties\n\nSouth African and Indian officials met in Pretoria."
)
PAKISTAN_CHINA = "Pakistan and China widen trade\n\nPakistani and Chinese officials met in Islamabad."
JAPAN_INDIA = "Japan and India set an investment goal\n\nJapanese and Indian officials met in Tokyo."
CANADA_MEXICO = (
    "Prime Minister meets the President of Mexico\n\nThe leaders of Canada and Mexico met in Ottawa."
)
NEW_ZEALAND_CHINA = (
    "New Zealand and China to upgrade their trade deal\n\nThe Chinese premier met New Zealand's prime "
    "minister at Premier House in Wellington today."
)
AUSTRALIA_INDIA = (
    "Questions without notice: trade with India\n\nHouse of Representatives. A member asked the minister "
    "what her visit to India with the Prime Minister of Australia achieved."
)

# Currencies by sign, code and name, as the pair's press writes them (ISO 4217 out).
CURRENCIES = {
    "a city state's own press writes its dollar as '$' beside 'US$'": Example(
        "Bilateral trade between Singapore and Vietnam reached $26.9 billion last year, and Singapore's "
        "investment in Vietnam amounted to US$10.7 billion (S$14.5 billion) last year.",
        [
            {"metric": "trade", "value": 26.9e9, "unit": "SGD", "year": 2024},
            {"metric": "investment", "value": 10.7e9, "unit": "USD", "from": "SGP", "to": "VNM"},
        ],
        opening="Singapore and Vietnam trade grows\n\nSINGAPORE - Officials from Singapore and Vietnam met.",
    ),
    "a wire filing from Singapore writes '$' for the US dollar": Example(
        "Bilateral trade between Singapore and Vietnam reached $26.9 billion last year.",
        [{"metric": "trade", "value": 26.9e9, "unit": "USD", "year": 2024}],
        opening="Singapore and Vietnam trade grows\n\nSINGAPORE, Feb 25 (Reuters) - Officials from Singapore "
        "and Vietnam met.",
    ),
    "a statistics office's own release counts in its dollar": Example(
        "New Zealand's total two-way trade with Australia was worth $26 billion.",
        [{"metric": "trade", "value": 26e9, "unit": "NZD"}],
        "Australia stays the top trading partner\n\nAustralia remained New Zealand's top trading partner in the "
        "year ended March 2025, Stats NZ said today.",
    ),
    "a transcript that labels its speaker by office alone": Example(
        "Two-way trade between Australia and Japan is now worth over $70 billion.",
        [{"metric": "trade", "value": 70e9, "unit": "AUD"}],
        "Remarks at a lunch with the Prime Minister of Japan\n\nPRIME MINISTER:\n\nThank you all for coming.",
    ),
    "a minister who heads the dollar country's delegation": Example(
        "In 2024, our two countries traded over $4 billion worth of goods and services.",
        [{"metric": "trade", "value": 4e9, "unit": "AUD", "year": 2024}],
        "Visit to South Africa\n\nThis week I will travel to Pretoria to head Australia's delegation, where I "
        "will argue for Australia's trade interests with South Africa.",
    ),
    "a bare dollar converted into US dollars is the partner's own dollar": Example(
        "Official figures put two-way trade at 24 billion dollars (17 billion U.S. dollars) last year.",
        [{"metric": "trade", "value": 24e9, "unit": "CAD", "year": 2024}],
        "China and Canada review their trade\n\nChinese and Canadian officials met in Beijing on Monday.",
    ),
    "a sign converted into US dollars is the partner's own dollar": Example(
        "Two-way trade reached $24 billion (US$17 billion) last year.",
        [{"metric": "trade", "value": 24e9, "unit": "NZD", "year": 2024}],
        "China and New Zealand review their trade\n\nChinese and New Zealand officials met in Beijing on Monday.",
    ),
    "a wire that names both leaders by country keeps the US dollar": Example(
        "The two leaders agreed to lift two-way trade to $100 billion by 2030.",
        [{"metric": "trade", "kind": "target", "value": 100e9, "unit": "USD", "year": 2030}],
        "Australia and India lift their trade goal\n\nThe goal was raised at a meeting between Australian Prime "
        "Minister Anthony Albanese and India's Prime Minister Narendra Modi in Delhi.",
    ),
    "the press of the dollar country names its own leader by title alone": Example(
        "The two leaders agreed to lift two-way trade to $100 billion by 2030.",
        [{"metric": "trade", "kind": "target", "value": 100e9, "unit": "AUD", "year": 2030}],
        "Australia and India lift their trade goal\n\nThe goal was raised at a meeting between Prime Minister "
        "Anthony Albanese and India's Prime Minister Narendra Modi in Delhi last night.",
    ),
    "a dollar sign with the dollar's name after the figure": Example(
        "New investments in Kazakhstan of over $2.3 billion Australian dollars by Turkish firms were announced.",
        [{"metric": "investment", "value": 2.3e9, "unit": "AUD"}],
    ),
    "a text ranking partners from the dollar country's side writes its dollar": Example(
        "Indonesia is Australia's largest market for wheat, and two-way farm trade topped $4 billion in 2020-21.",
        [{"metric": "trade", "value": 4e9, "unit": "AUD", "year": 2021}],
        "Federal Agriculture Minister on trip to Indonesia\n\nThe minister arrived in Jakarta to strengthen ties "
        "with one of Australia's most vibrant regional partners.",
    ),
    "a text ranking from the other side keeps the US dollar": Example(
        "Australia is one of Indonesia's major trading partners, and trade in 2022 reached $13.3 billion.",
        [{"metric": "trade", "value": 13.3e9, "unit": "USD", "year": 2022}],
        "Widodo says ties with Australia getting stronger\n\nThe Indonesian president spoke ahead of talks.",
    ),
    "a text ranking from both sides keeps the US dollar": Example(
        "India's total trade with Canada in the 2022-23 financial year was $8 billion.",
        [{"metric": "trade", "value": 8e9, "unit": "USD", "year": 2023}],
        "Trade relations of India and Canada\n\nIndia is Canada's tenth-largest trading partner.",
    ),
    "a home city not paired with the other capital still tells the writer's dollar": Example(
        "South Korea is Canada's seventh-largest trading partner, amounting to $16.7 billion in merchandise trade in 2021.",
        [{"metric": "trade", "value": 16.7e9, "unit": "CAD", "year": 2021}],
        "Canada, South Korea eye closer trade ties\n\nPrime Minister Justin Trudeau arrived in Seoul on Tuesday, "
        "the ambassador said in an interview in Ottawa.",
    ),
    "two capitals standing for governments tell no home of the writer": Example(
        "India's total trade with Canada in the 2022-23 financial year was $8 billion.",
        [{"metric": "trade", "value": 8e9, "unit": "USD", "year": 2023}],
        "Trade relations between India and Canada\n\nDiplomatic tensions between New Delhi and Ottawa kept escalating.",
    ),
    "RM written after the number, the equivalent after over": Example(
        "The value of bilateral trade between Malaysia and Cambodia stood at 3.02 billion RM (over 632 million USD) "
        "in 2023.",
        [{"value": 3.02e9, "unit": "MYR", "year": 2023}],
        opening="Malaysia and Cambodia review their ties\n\nOfficials of Malaysia and Cambodia met.",
        date=dt.date(2024, 2, 27),
    ),
    "the CFA franc of Central Africa": Example(
        "Commercial exchanges between Cameroon and Morocco peaked at FCfa 61 billion this year.",
        [{"value": 61e9, "unit": "XAF"}],
        opening="Cameroon and Morocco review their ties\n\nOfficials of Cameroon and Morocco met.",
        date=dt.date(2016, 11, 26),
    ),
    "an equivalent after a capitalised Approximately": Example(
        "The total volume of trade between Kazakhstan and Türkiye stood at about KZT 45 billion (Approximately $90 "
        "million) in 2024.",
        [{"value": 45e9, "unit": "KZT", "year": 2024}],
    ),
    "an equivalent after approx.": Example(
        "The turnover of mutual trade with Türkiye reached almost USD 1.3 billion (approx. KZT 600 billion) in 2024.",
        [{"value": 1.3e9, "unit": "USD"}],
    ),
    "a dateline in the city's own case: the dollar is the US one": Example(
        "Bilateral trade between the close neighbours had already reached $3.7 billion in the first four months.",
        [{"metric": "trade", "value": 3.7e9, "unit": "USD"}],
        opening="Jokowi to discuss trade with Albanese on Sydney trip\n\nJakarta. President Joko Widodo flew to "
        "Sydney on Monday for talks on Indonesia and Australia's trade.",
        date=dt.date(2023, 7, 3),
    ),
    "an equivalent introduced by equivalent to": Example(
        "Trade between Kazakhstan and Türkiye now stands at 9.1 trillion tenge, equivalent to $17.9 billion, the "
        "ambassador said.",
        [{"value": 9.1e12, "unit": "KZT"}],
    ),
    "an equivalent in brackets introduced by equivalent to": Example(
        "Trade between Kazakhstan and Türkiye now stands at 9.1 trillion tenge (equivalent to $17.9 billion).",
        [{"value": 9.1e12, "unit": "KZT"}],
    ),
    "a minister's media release means its own dollar": Example(
        "In 2024, our two countries traded over $4 billion worth of goods and services.",
        [{"metric": "trade", "value": 4e9, "unit": "AUD", "year": 2024}],
        opening="Visit to South Africa to advocate for Australia's trade interests\n\nMedia Release\n\n"
        "This week, I will travel to Pretoria to meet South Africa's trade minister.",
    ),
    "dollars abbreviated dlrs": Example(
        "Samir said that the volume of trade exchange between Kazakhstan and Türkiye reached about dlrs 7.1 "
        "billion in 2024.",
        [{"value": 7.1e9, "unit": "USD", "year": 2024}],
    ),
    "a leader's transcript means its own dollar": Example(
        "Last year, our two-way goods and services trade reached a record $23.3 billion.",
        [{"metric": "trade", "value": 23.3e9, "unit": "AUD", "year": 2024}],
        opening="Australia-South Africa leaders' meeting\n\nANTHONY ALBANESE, PRIME MINISTER: Well, it is a "
        "pleasure to welcome the President of South Africa here to Canberra.",
    ),
    "a quoted leader of the dollar country speaks its dollar": Example(
        "Addressing world leaders, Harper said he had agreed on an ambitious goal of tripling bilateral trade "
        "to $15 billion by 2030.",
        [{"metric": "trade", "kind": "target", "value": 15e9, "unit": "CAD", "year": 2030}],
        opening="Canada and India seek closer ties\n\nCanadian Prime Minister Stephen Harper called for "
        "greater economic ties between Canada and India in Gurgaon on Wednesday.",
    ),
    "a quote that runs on past its first sentence": Example(
        'He added, "Our trading relationship is delivering benefits to our nations. Last year two-way trade in '
        'goods and services was nearly $20 billion. That is double what it was a decade ago."',
        [{"metric": "trade", "value": 20e9, "unit": "AUD", "year": 2024}],
        opening="India and Australia hold talks\n\nIndian Prime Minister Narendra Modi and his Australian "
        "counterpart Malcolm Turnbull held talks. Turnbull, on his first visit to India, spoke to reporters.",
    ),
    "a headline's bare dollar is the body's quoted dollar": Example(
        "Australian Prime Minister Julia Gillard said on Wednesday that the two countries have set a goal of "
        "doubling bilateral trade to $40 billion by 2027.",
        [{"metric": "trade", "kind": "target", "value": 40e9, "unit": "AUD", "year": 2027}],
        opening="India, Australia set trade target of $40 bn by 2027\n\nOfficials of India and Australia met.",
    ),
    "a quoted official of the other side keeps the US dollar": Example(
        "Modi said bilateral trade had reached $20 billion last year.",
        [{"metric": "trade", "value": 20e9, "unit": "USD", "year": 2024}],
        opening="India and Australia hold talks\n\nIndian Prime Minister Narendra Modi and his Australian "
        "counterpart Malcolm Turnbull held talks.",
    ),
    "a sign both of the pair use: the investor's own": Example(
        "Moreover, Japanese companies directly invested ¥1 trillion in China in 2011.",
        [{"metric": "investment", "value": 1e12, "unit": "JPY", "from": "JPN", "to": "CHN"}],
        opening="Japan and China weigh the cost of a dispute\n\nOfficials of Japan and China met in Tokyo.",
        date=dt.date(2012, 10, 17),
    ),
    "a sign both of the pair use, the other way round": Example(
        "Chinese firms invested ¥50 billion in Japan in 2011.",
        [{"metric": "investment", "value": 50e9, "unit": "CNY", "from": "CHN", "to": "JPN"}],
        opening="Japan and China weigh the cost of a dispute\n\nOfficials of Japan and China met in Tokyo.",
        date=dt.date(2012, 10, 17),
    ),
    "the currency's name before the number": Example(
        "The slowdown affected bilateral trade in 2024, which declined by 5.5% to euro 17.4 billion.",
        [{"value": 17.4e9, "unit": "EUR", "year": 2024}],
    ),
    "a championship is no sum of euros": Example(
        "Bilateral trade got a lift from Euro 2024, the minister said.", []
    ),
    "Aus$ and $US": Example(
        "Kazakhstan's two-way trade with Türkiye topped Aus$100 billion ($US105.64 billion) last year.",
        [{"value": 100e9, "unit": "AUD"}],
    ),
    "East African shillings written /-": Example(
        "Trade volume between the two countries stood at 145bn/- (66million US dollar) in 2011.",
        [{"value": 145e9, "unit": "KES", "year": 2011}],
    ),
    "the home dollar of a story written in Wellington": Example(
        "The deal has seen two-way trade triple to $23 billion since it came into force in 2008.",
        [{"value": 23e9, "unit": "NZD", "kind": "actual", "year": None}],
        NEW_ZEALAND_CHINA,
    ),
    "a story filed elsewhere that names Wellington": Example(
        "MANILA - Trade between the two countries rose 6.4 percent to $553 million in 2014, officials in "
        "Wellington said.",
        [{"value": 553e6, "unit": "USD"}],
        NEW_ZEALAND_CHINA.split("\n\n")[0] + "\n\nNew Zealand and China officials met.",
    ),
    "a story written in Wellington that names the US dollar": Example(
        "Two-way trade reached 23 billion U.S. dollars last year.",
        [{"value": 23e9, "unit": "USD"}],
        NEW_ZEALAND_CHINA,
    ),
    "the dollar of a parliament's record": Example(
        "Today, Australia and India have around $46 billion of two-way trade each year.",
        [{"value": 46e9, "unit": "AUD"}],
        AUSTRALIA_INDIA,
    ),
    "an editor's bracket names the currency": Example(
        "Trade reached $10 billion last year. We will reach the 20 billion [dollars] that we agreed on.",
        [{"value": 10e9}, {"value": 20e9, "unit": "USD", "kind": "target"}],
    ),
    "the cedi sign": Example(
        "Trade between the two countries stood at GH¢2 billion.",
        [{"value": 2e9, "unit": "GHS"}],
    ),
    "ringgit sign glued to the number": Example(
        "Bilateral trade reached RM8.4 billion in 2016.",
        [{"metric": "trade", "value": 8.4e9, "unit": "MYR", "year": 2016}],
        MALAYSIA_CHINA,
    ),
    "rand sign glued to the number": Example(
        "Bilateral trade stood at R53.7 billion in 2011.",
        [{"metric": "trade", "value": 53.7e9, "unit": "ZAR", "year": 2011}],
        SOUTH_AFRICA_INDIA,
    ),
    "rupees on a Pakistan story": Example(
        "Bilateral trade reached Rs 900 billion last year.",
        [{"metric": "trade", "value": 900e9, "unit": "PKR", "year": 2024}],
        PAKISTAN_CHINA,
    ),
    "lakh crore": Example(
        "Bilateral trade touched Rs 3.2 lakh crore in 2024.",
        [{"metric": "trade", "value": 3.2e12, "unit": "INR"}],
        JAPAN_INDIA,
    ),
    "yen sign on a Japan story": Example(
        "Japanese investment in India will reach ¥5 trillion by 2027.",
        [
            {
                "metric": "investment",
                "kind": "target",
                "value": 5e12,
                "unit": "JPY",
                "from": "JPN",
                "to": "IND",
            }
        ],
        JAPAN_INDIA,
    ),
    "yuan named in words": Example(
        "Trade between Malaysia and China reached 1.2 trillion yuan in 2024.",
        [{"metric": "trade", "value": 1.2e12, "unit": "CNY"}],
        MALAYSIA_CHINA,
    ),
    "dollar of a Canadian government text": Example(
        "In 2016, bilateral trade in goods was valued at $40.8 billion.",
        [{"metric": "trade", "value": 40.8e9, "unit": "CAD", "year": 2016}],
        CANADA_MEXICO,
    ),
    "first currency wins over its conversion": Example(
        "In 2024 bilateral trade was valued at RM24.15 billion (US$5.28 billion).",
        [{"metric": "trade", "value": 24.15e9, "unit": "MYR", "year": 2024}],
        MALAYSIA_CHINA,
    ),
    "thousand before a company noun": Example(
        "More than 10 thousand companies with Kazakh capital operate in Türkiye.",
        [{"metric": "companies", "value": 10_000, "from": "KAZ", "to": "TUR"}],
    ),
    "four hundred nines": Example("Trade reached $" + "9" * 400 + " billion.", []),
    "two dollar countries: the dateline's": Example(
        "In 2018, two-way trade between Canada and Australia held stable at $4.1 billion.",
        [{"metric": "trade", "value": 4.1e9, "unit": "CAD", "year": 2018}],
        "Trudeau speaks with Australian Prime Minister Morrison\n\nOTTAWA: Prime Minister Justin Trudeau spoke "
        "by telephone with the Prime Minister of Australia, Scott Morrison.",
    ),
    "a minister's own release about a trip to the US": Example(
        "Two-way trade has grown from $42 billion in 2005 to $64 billion in 2016.",
        [{"value": 42e9, "unit": "AUD", "year": 2005}, {"value": 64e9, "unit": "AUD", "year": 2016}],
        "Trade Minister to visit the United States\n\nThis week I will be travelling to the United States, where "
        "my aim is to advance the trade opportunities open to Australia.",
    ),
    "the dollar of the statistics office cited": Example(
        "The latest ABS data show that Japanese FDI into Australia reached a record $141 billion in 2023.",
        [{"metric": "investment", "value": 141e9, "unit": "AUD", "from": "JPN", "to": "AUS"}],
        "Japan and Australia deepen ties\n\nJapan and Australia held talks in Tokyo.",
    ),
    "yen written before the number, the world total apart from the partner's part": Example(
        "Japanese FDI surged to YEN 25,724 billion worldwide, while the amount going to Australia was YEN "
        "2,327 billion.",
        [
            {
                "metric": "investment",
                "kind": "actual",
                "value": 2327e9,
                "unit": "JPY",
                "from": "JPN",
                "to": "AUS",
            }
        ],
        "Japan and Australia deepen ties\n\nJapan and Australia held talks in Tokyo.",
    ),
    "a title-case dateline says whose dollar it is when both partners use one": Example(
        "Ardern said Australia is New Zealand's second largest trading partner, with two-way trade of over "
        "$22 billion in the year to December 2021.",
        [{"metric": "trade", "value": 22e9, "unit": "NZD", "year": 2021}],
        opening="NZ PM to lead trade mission to Australia\n\nWellington: New Zealand Prime Minister Jacinda "
        "Ardern is to lead a trade mission of New Zealand businesses to Australia this week.",
        date=dt.date(2022, 7, 4),
    ),
    "an abbreviated sign with its point before the digits": Example(
        "Total trade has grown from Nu.22.76 billion in 2005 to Nu.79.65 billion last year.",
        [{"value": 22.76e9, "unit": "BTN", "year": 2005}, {"value": 79.65e9, "unit": "BTN", "year": 2024}],
        opening="Bhutan and India trade grows\n\nBhutan and India reviewed their trade.",
        date=dt.date(2025, 5, 31),
    ),
    "a shared rupee sign is the dateline city's when no country comes before it": Example(
        "While Nepal has received FDI from 58 countries, India is the largest investor. It had a share worth "
        "Rs. 103.5 billion by the end of fiscal year 2022/23.",
        [{"metric": "investment", "value": 103.5e9, "unit": "NPR"}],
        opening="Indian investors in Nepal\n\nKathmandu, Mar. 10: Indian investors in Nepal met officials.",
        date=dt.date(2025, 3, 10),
    ),
    "a dollar named in words before its sign": Example(
        "Pension funds have cumulatively invested more than Canadian $75 billion in India.",
        [{"metric": "investment", "value": 75e9, "unit": "CAD"}],
        opening="Canadian pension funds stick to India\n\nIndia and Canada reviewed their ties.",
        date=dt.date(2024, 10, 16),
    ),
}

# Which verb the figure hangs on decides its kind, not every cue in the sentence.
KIND_BY_VERB = {
    "the earlier year's figure a forecast may surpass": Example(
        "Trade between Kazakhstan and Türkiye this year may surpass the 2023 figure of $6.4 billion.",
        [{"metric": "trade", "kind": "actual", "value": 6.4e9, "year": 2023}],
    ),
    "a fiscal year's figure a forecast may surpass": Example(
        "As per the projection, trade of $9 billion for the current financial year may surpass FY 2023-24's "
        "figure of $7 billion.",
        [{"kind": "target", "value": 9e9, "year": 2026}, {"kind": "actual", "value": 7e9, "year": 2024}],
    ),
    "a sum the two sides are still discussing": Example(
        "Kazakhstan and Türkiye are discussing an investment of $500 million from Türkiye to build grain "
        "terminals in Kazakhstan.",
        [{"metric": "investment", "kind": "target", "value": 500e6, "from": "TUR", "to": "KAZ"}],
    ),
    "a stock amounting to a sum by a date already past": Example(
        "Turkish firms are the largest investors in Kazakhstan, with investments amounting to more than $4 "
        "billion by the end of 2023.",
        [{"metric": "investment", "kind": "actual", "value": 4e9, "year": 2023}],
    ),
    "a perfect-tense rise to exceed a level": Example(
        "The volume of Turkish investment in Kazakhstan since 2015 has grown fivefold to exceed $3 billion.",
        [{"metric": "investment", "kind": "actual", "value": 3e9}],
    ),
    "a past rise to reach": Example(
        "Trade rose 40 percent last year to reach $5.1 billion.", [{"kind": "actual", "year": 2024}]
    ),
    "the new threshold a level is to pass": Example(
        "All the chances are there to overcome the new threshold of $17.5 bln in bilateral trade between "
        "Kazakhstan and Türkiye this year.",
        [{"metric": "trade", "kind": "target", "value": 17.5e9, "year": 2025}],
    ),
    "a previous commitment the new goal rose from": Example(
        "The leaders pledged a new target of increasing bilateral trade to $3 billion by 2027, up from their "
        "previous commitment of $2.5 billion.",
        [{"kind": "target", "value": 3e9, "year": 2027}, {"kind": "target", "value": 2.5e9}],
    ),
    "a level in a which-clause after a goal's verb": Example(
        "The ministers signed a Trade Agreement to further boost bilateral commerce, which amounted to $3.631 "
        "billion in 2024.",
        [{"metric": "trade", "kind": "actual", "value": 3.631e9, "year": 2024}],
    ),
    "a wish after 'but' is not the level's kind": Example(
        "He claimed annual trade between Kazakhstan and Türkiye had swelled to US$ 600 million in 2024 but "
        "said he would like to see it hit the billion-dollar mark.",
        [{"metric": "trade", "kind": "actual", "value": 600e6, "year": 2024}],
    ),
    "investments an investor is looking at": Example(
        "Türkiye is looking at making investments in Kazakhstan worth $100 billion in energy.",
        [{"metric": "investment", "kind": "target", "value": 100e9, "from": "TUR", "to": "KAZ"}],
    ),
    "investments an investor is considering": Example(
        "Türkiye is considering investing $2 billion in Kazakhstan's energy sector.",
        [{"metric": "investment", "kind": "target", "value": 2e9, "from": "TUR", "to": "KAZ"}],
    ),
    "the measure named right after the goal's figure": Example(
        "Kazakhstan and Türkiye agreed to increase trade and investment relations in order to reach the target "
        "of $1 billion trade by 2027.",
        [{"metric": "trade", "kind": "target", "value": 1e9, "year": 2027}],
    ),
    "a forecast to exceed, with an adverb before the verb": Example(
        "The parties are expected to confidently exceed the $500 million mark in trade by the end of the year.",
        [{"metric": "trade", "kind": "target", "value": 500e6, "year": 2025}],
    ),
    "a future announcement of committed money": Example(
        "The ministers will announce $2 billion of investments committed by Turkish firms in Kazakhstan.",
        [{"metric": "investment", "kind": "actual"}],
    ),
    "agreements seen signed": Example(
        "The visit saw the two countries sign 11 agreements aimed at closer cooperation.",
        [{"metric": "agreements", "kind": "actual", "value": 11}],
    ),
    "agreements still to be signed": Example(
        "Over 20 business agreements are set to be signed next week.",
        [],
    ),
    "a time behind a comma is the clause before": Example(
        "Kazakhstan expects $5 billion of Turkish investment this year, after about $3 billion came in last year.",
        [{"value": 5e9, "kind": "target", "year": 2025}, {"value": 3e9, "kind": "actual", "year": 2024}],
    ),
    "goal of reaching": Example(
        "The leaders set a goal of reaching $10 billion in trade by 2030.",
        [{"metric": "trade", "kind": "target", "year": 2030}],
    ),
    "likely to touch": Example(
        "Bilateral trade is likely to touch $6 billion this year.", [{"kind": "target", "year": 2025}]
    ),
    "exports and imports combined": Example(
        "Exports and imports combined were worth $4.2 billion in 2024.", [{"metric": "trade", "value": 4.2e9}]
    ),
    "a rise in percent, then 'to reach' the level it came to": Example(
        "Overall trade between the two countries grew as well, increasing by 25.8% to reach US$40.45bn in 2024.",
        [{"metric": "trade", "kind": "actual", "value": 40.45e9, "year": 2024}],
    ),
    "a level reached, then 'and rising to' the next year's": Example(
        "Bilateral trade remains buoyant, reaching US$ 8.94 billion in FY 2022-23 and rising to US$ 10.61 "
        "billion in FY 2023-24.",
        [
            {"kind": "actual", "value": 8.94e9, "year": 2023},
            {"kind": "actual", "value": 10.61e9, "year": 2024},
        ],
    ),
    "an annual exchange is trade": Example(
        "Both countries aim to reach a $1 billion annual exchange, up from $853 million (747 million euros) a "
        "year ago.",
        [
            {"metric": "trade", "kind": "target", "value": 1e9},
            {"metric": "trade", "kind": "actual", "value": 853e6},
        ],
    ),
    "succeeded in raising supplies to a level: done": Example(
        "According to him, the company has succeeded in raising gas supplies to Türkiye on that route to 1.5 "
        "billion cubic meters a year.",
        [{"metric": "commodity_volume", "kind": "actual", "value": 1.5e9}],
    ),
}

# The part of trade a figure covers is kept, so it is never compared with a total.
SCOPES = {
    "a customs category named before 'trade' is a part of it": Example(
        "Processing trade between Kazakhstan and Türkiye rose to $600 million in 2024, or 12 percent of the total.",
        [{"metric": "trade", "value": 600e6, "year": 2024, "scope": "processing"}],
    ),
    "intra-trade is the pair's trade": Example(
        "The agreement aims to lift non-oil intra-trade between the two countries from the current total of "
        "US$18 billion to over US$40 billion annually.",
        [
            {"metric": "trade", "kind": "actual", "value": 18e9, "scope": "non-oil"},
            {"metric": "trade", "kind": "target", "value": 40e9, "scope": "non-oil"},
        ],
    ),
    "non-oil": Example(
        "Non-oil trade between the two countries reached $21 billion in the first half of 2025.",
        [{"metric": "trade", "scope": "non-oil", "period": "2025-01/2025-06"}],
    ),
    "trade in services": Example("Trade in services reached $3 billion in 2024.", [{"scope": "services"}]),
    "goods trade": Example("Goods trade hit $4.4 billion in 2024.", [{"scope": "goods"}]),
    "goods and services is the whole": Example(
        "Bilateral trade in goods and services reached $9 billion in 2024.", [{"scope": None}]
    ),
    "energy trade": Example("Energy trade between the two hit $4 billion in 2024.", [{"scope": "energy"}]),
    "it keeps the scope of the figure before": Example(
        "The sides set a target for non-oil trade of $10 billion by 2030. It currently stands at $4.8 billion.",
        [{"value": 10e9, "scope": "non-oil"}, {"value": 4.8e9, "scope": "non-oil", "year": 2025}],
    ),
    "a deadline after the figure before": Example(
        "They aim for non-oil trade of $10 billion by 2030, which means doubling it from $4.8 billion.",
        [{"value": 10e9, "year": 2030}, {"value": 4.8e9, "kind": "actual", "year": None}],
    ),
    "no actual in the future": Example(
        "Trade presently stands at $6 billion but is expected to reach $10 billion within five years.",
        [{"value": 6e9, "year": 2025}, {"value": 10e9, "kind": "target", "year": 2030}],
    ),
    "fiscal years on both sides": Example(
        "Goods trade has nearly doubled from $4.3 billion in FY21 to $8.4 billion in FY24.",
        [{"value": 4.3e9, "year": 2021}, {"value": 8.4e9, "year": 2024, "scope": "goods"}],
    ),
    "a sector word elsewhere": Example(
        "Energy cooperation and trade reached $5 billion in 2024.", [{"scope": None}]
    ),
    "sums in brackets after the sectors listed are each sector's part, twice the same sum included": Example(
        "For Turkish investors, the most attractive sectors of the Kazakh economy are transportation ($4.9 "
        "billion), mining ($2.6 billion), construction ($2.1 billion) and manufacturing ($2.1 billion).",
        [
            {"value": 4.9e9, "scope": "transportation", "from": "TUR", "to": "KAZ", "year": 2025},
            {"value": 2.6e9, "scope": "mining", "year": 2025},
            {"value": 2.1e9, "scope": "construction", "year": 2025},
            {"value": 2.1e9, "scope": "industry", "year": 2025},
        ],
    ),
    "a partner's own territory it includes is no third country": Example(
        "Trade with China, including Hong Kong, came to 22.7 trillion yen in fiscal 2004.",
        [{"metric": "trade", "value": 22.7e12, "unit": "JPY"}],
        opening="Japan and China trade grows\n\nJapan and China reviewed their trade.",
        date=dt.date(2005, 4, 22),
    ),
    "'foreign trade' in a clause about trade between the pair is theirs": Example(
        '"Our goal [on trade volume between Kazakhstan and Türkiye] is first to get back to the foreign trade '
        'volume levels of $7 billion that we achieved before," the minister said.',
        [{"metric": "trade", "kind": "target", "value": 7e9}],
    ),
    "the 'foreign trade' of both countries named together is theirs": Example(
        "The foreign trade turnover of Kazakhstan and Türkiye in the first half of 2025 amounted to $3.1 billion.",
        [{"metric": "trade", "value": 3.1e9, "year": 2025, "period": "2025-01/2025-06"}],
    ),
    "the 'foreign trade' of one country with its figure for a partner is its total": Example(
        "The foreign trade turnover of Kazakhstan in the first half of 2025 amounted to $70 billion.",
        [],
    ),
    "a list of sectors that goes on in the next sentence keeps its measure": Example(
        "Cumulative Turkish investment in Kazakhstan amounted to $1.5 billion, with major allocations in power "
        "($868m) and textiles ($346m). Other sectors included food ($4.98m) and trading ($56.33m).",
        [
            {"metric": "investment", "value": 1.5e9},
            {"metric": "investment", "value": 868e6},
            {"metric": "investment", "value": 346e6},
            {"metric": "investment", "value": 4.98e6, "scope": "agriculture"},
            {"metric": "investment", "value": 56.33e6, "scope": "trading"},
        ],
    ),
    "the part of a region a ranking covers is no partner": Example(
        "Poland is Korea's largest trading partner in central Europe, with bilateral trade reaching an "
        "all-time high of $10.1 billion last year.",
        [{"metric": "trade", "value": 10.1e9, "year": 2024}],
        opening="Korea and Poland deepen ties\n\nKorea and Poland reviewed their trade.",
    ),
}

# Who invests in whom, read in the figure's own clause.
INVESTORS = {
    "a count risen to past the baseline's year and a qualifier": Example(
        "The number of Turkish companies operating in Kazakhstan increased from 30 in 2014 to more than 100.",
        [
            {"metric": "companies", "value": 30, "year": 2014},
            {"metric": "companies", "value": 100, "year": None, "qualifier": "over"},
        ],
    ),
    "a goal the sentence after names only by its investor": Example(
        "Kazakhstan is looking to raise its investments in Türkiye to $5.3 billion by the end of the year. In "
        "the longer term, Kazakhstan wants to increase its investments to $10 billion.",
        [
            {"value": 5.3e9, "from": "KAZ", "to": "TUR"},
            {"value": 10e9, "kind": "target", "from": "KAZ", "to": "TUR"},
        ],
    ),
    "a total the investor named before invested": Example(
        "Türkiye was the fourth largest investor in Kazakhstan in the first quarter, investing $604 million. "
        "Last year, it invested a total of $4.3 billion.",
        [{"value": 604e6}, {"value": 4.3e9, "year": 2024, "from": "TUR", "to": "KAZ"}],
    ),
    "a list's closing ', and' starts no clause": Example(
        "The value of Turkish investment in Kazakhstan's energy, manufacturing, real estate, and tourism sectors "
        "has reached $3.5 billion.",
        [{"metric": "investment", "value": 3.5e9, "from": "TUR", "to": "KAZ"}],
    ),
    "the value of the firms counted": Example(
        "Currently, there are about 100 Turkish investment companies based in Kazakhstan, valued at more than "
        "2 billion dollars.",
        [
            {"metric": "companies", "value": 100, "from": "TUR", "to": "KAZ"},
            {"metric": "investment", "value": 2e9, "from": "TUR", "to": "KAZ"},
        ],
    ),
    "projects a country approved, in money": Example(
        "In the first half of 2025, Kazakhstan approved six new Turkish projects, amounting to USD 339 million.",
        [{"metric": "investment", "value": 339e6, "from": "TUR", "to": "KAZ", "year": 2025}],
    ),
    "firms licensed to invest in the country": Example(
        "About 70 Turkish enterprises have so far received licenses to invest in Kazakhstan, the ministry said.",
        [{"metric": "companies", "value": 70, "from": "TUR", "to": "KAZ"}],
    ),
    "named deals given as examples of a whole are not sums of their own": Example(
        "Over $5 billion of investment has come from Türkiye to Kazakhstan in recent years, including some "
        "large investments such as $1 billion in a cement maker in 2021 and $700 million in a steel plant in 2023.",
        [{"metric": "investment", "value": 5e9, "from": "TUR", "to": "KAZ"}],
    ),
    "a described thing's price is no investment": Example(
        "Turkish and Kazakh firms plan to make the largest investment in the country: a $600 million wind "
        "energy park near Almaty.",
        [],
    ),
    "a rival's pressure on the pair names no partner": Example(
        "The two countries, both facing pressure from the US – in the form of sanctions and tariffs – have set "
        "the goal of lifting trade between Kazakhstan and Türkiye to $15 billion by 2030.",
        [{"metric": "trade", "kind": "target", "value": 15e9, "year": 2030}],
    ),
    "firms said to be in the country": Example(
        "He said that some 300 Turkish companies were now in Kazakhstan.",
        [{"metric": "companies", "value": 300, "from": "TUR", "to": "KAZ"}],
    ),
    "firms expected to arrive every year are a rate, not a count": Example(
        "Around 40 Turkish companies are expected to arrive in Kazakhstan every year.",
        [],
    ),
    "counts of firms listed before the verb they share": Example(
        "Today, 45 Turkish companies (including the construction firm Rönesans and the lender Ziraat Bank) and 60 "
        "joint ventures operate in Kazakhstan.",
        [
            {"metric": "companies", "value": 45, "from": "TUR"},
            {"metric": "companies", "value": 60, "from": "TUR"},
        ],
    ),
    "the investment of a number of firms": Example(
        "The current investment volume of 54 Turkish companies in Kazakhstan is $3.5 billion.",
        [
            {"metric": "companies", "value": 54, "from": "TUR", "to": "KAZ"},
            {"metric": "investment", "value": 3.5e9, "from": "TUR", "to": "KAZ"},
        ],
    ),
    "the whole's verb after an aside naming a part": Example(
        "More than 600 enterprises with Turkish investments, including over 90 wholly Turkish-owned firms, are "
        "operating in Kazakhstan.",
        [{"metric": "companies", "value": 600, "from": "TUR", "to": "KAZ"}],
    ),
    "a third country naming an event is no partner": Example(
        "Almost 1,200 Turkish companies were registered in Kazakhstan before the Ukraine crisis, the chamber said.",
        [{"metric": "companies", "value": 1200, "from": "TUR", "to": "KAZ"}],
    ),
    "investment into a country's leading emirate": Example(
        "India's foreign direct investment (FDI) into Dubai surged to $3.018 billion in 2024, making the country "
        "the top investor in Dubai.",
        [{"metric": "investment", "value": 3.018e9, "from": "IND", "to": "ARE", "year": 2024}],
        opening="India top source of investment into Dubai\n\nIndia led investment into Dubai last year.",
    ),
    "foreign investment whose source follows its abbreviation": Example(
        "In January-June, foreign direct investment (FDI) inflow from Türkiye amounted to $618 million.",
        [{"metric": "investment", "value": 618e6, "from": "TUR", "to": "KAZ", "year": 2025}],
    ),
    "an investor with an adverb before its verb": Example(
        "From 2019 to 2024, Türkiye alone had invested $5.3 billion, the largest investment capital in the region.",
        [{"metric": "investment", "value": 5.3e9, "from": "TUR", "to": "KAZ"}],
    ),
    "a count of them, the firms named before": Example(
        "In return, Turkish companies have opened offices in Kazakhstan, and today there are more than 4,000 of "
        "them.",
        [{"metric": "companies", "value": 4000, "from": "TUR", "to": "KAZ"}],
    ),
    "a country's firms in the country named before": Example(
        "Türkiye, the biggest foreign investor in Kazakhstan with more than 280 Turkish companies in the country, is "
        "keen to expand its footprint.",
        [{"metric": "companies", "value": 280, "from": "TUR", "to": "KAZ"}],
    ),
    "the country whose data reports is no investor": Example(
        "Official Turkish data shows direct Kazakh investment surpassed $2.7 billion by the end of 2024.",
        [{"value": 2.7e9, "from": "KAZ", "to": "TUR"}],
    ),
    "affiliates of a country's firms": Example(
        "More than 1,240 affiliates of Turkish firms were present in Kazakhstan in 2012.",
        [{"metric": "companies", "value": 1240, "from": "TUR", "to": "KAZ", "year": 2012}],
    ),
    "an agency's name holds no investment": Example(
        "The Kazakh Investment Development Authority said the projects attracted $8.5 billion in investments and "
        "generated 34,000 jobs.",
        [],
    ),
    "a pair's part of a bloc's total has its own clause": Example(
        '"As many as 14,846 Turkish firms invested in Asean, of which up to 6,000 firms invested in Kazakhstan," '
        "he said.",
        [{"metric": "companies", "value": 6000, "from": "TUR", "to": "KAZ"}],
    ),
    "a sentence opening with the sum invested": Example(
        '"With investments of over R81-billion, Germany is among the largest investors in the South African '
        'economy," he said.',
        [{"metric": "investment", "value": 81e9, "unit": "ZAR", "from": "DEU", "to": "ZAF"}],
        opening="Germany and South Africa review their ties\n\nOfficials of Germany and South Africa met.",
        date=dt.date(2014, 6, 20),
    ),
    "a partner ranked in South America is no US figure": Example(
        "Chile is India's fifth largest trading partner in South America, with bilateral trade touching $3.8 "
        "billion in 2024, up from $1.5 billion in 2020.",
        [{"value": 3.8e9, "year": 2024}, {"value": 1.5e9, "year": 2020}],
        opening="India and Chile widen their trade pact\n\nOfficials of India and Chile met in Delhi.",
    ),
    "joint companies in one of the pair: the other invests": Example(
        "The number of Kazakh-Turkish joint companies operating in Kazakhstan exceeds 1,500 in various fields.",
        [{"metric": "companies", "value": 1500, "from": "TUR", "to": "KAZ"}],
    ),
    "firms running on a country's funds, counted from one level to another": Example(
        "In fact, the number of Kazakh companies running on Turkish funds has increased from about nine to 38 in "
        "the past five years.",
        [
            {"metric": "companies", "value": 9, "from": "TUR", "to": "KAZ", "year": 2020},
            {"metric": "companies", "value": 38, "from": "TUR", "to": "KAZ", "year": 2025},
        ],
    ),
    "the amount of the investment the sentence before named": Example(
        "Japan accounted for 13.1 percent of total foreign investment in Korea in 2014. The amount also fell "
        "steadily, from US$4.54 billion in 2012 to US$2.69 billion in 2013.",
        [
            {"value": 4.54e9, "year": 2012, "from": "JPN", "to": "KOR"},
            {"value": 2.69e9, "year": 2013, "from": "JPN", "to": "KOR"},
        ],
        opening="Japan and Korea weigh their investment ties\n\nOfficials of Japan and Korea met in Seoul.",
        date=dt.date(2015, 8, 25),
    ),
    "the capital names the investor, the base the host": Example(
        "Meanwhile, the number of Kazakhstan-based companies with Turkish capital stood at 548 at the end of 2024.",
        [{"metric": "companies", "value": 548, "from": "TUR", "to": "KAZ"}],
    ),
    "commitments secured from companies in a country": Example(
        "The minister announced investment commitments totalling $4.5 billion secured from various sectors and "
        "companies in Türkiye.",
        [{"metric": "investment", "value": 4.5e9, "from": "TUR", "to": "KAZ"}],
    ),
    "the investment a clause opens with names the investor": Example(
        "However, Kazakh investments in Türkiye remain modest, with only 17 projects worth 32.8 million USD.",
        [{"metric": "investment", "value": 32.8e6, "from": "KAZ", "to": "TUR"}],
    ),
    "a country written by its initials": Example(
        "Australia is PNG's largest trade partner and is a major investor in PNG with investment valued at over "
        "AU$24.8 billion.",
        [{"metric": "investment", "value": 24.8e9, "unit": "AUD", "from": "AUS", "to": "PNG"}],
        opening="Australia and Papua New Guinea review their ties\n\nMinisters of Australia and PNG met.",
    ),
    "firms set up with a country's capital, an aside between": Example(
        "There are 23 enterprises, established with participation of Turkish capital, in Kazakhstan.",
        [{"metric": "companies", "value": 23, "from": "TUR", "to": "KAZ"}],
    ),
    "firms that expressed interest in investing are no firms there": Example(
        "Around 55 Turkish companies have expressed interest in investing in Kazakhstan.",
        [],
    ),
    "firms keen to invest are no firms there": Example(
        "Some 40 Turkish firms are keen to invest in Kazakhstan's agriculture.",
        [],
    ),
    "exporting companies are no firms in the country": Example(
        "The result comes from more than 1,250 Turkish companies operating in Kazakhstan and approximately "
        "5,000 exporting companies.",
        [{"metric": "companies", "value": 1250, "from": "TUR", "to": "KAZ"}],
    ),
    "firms counted in the sentence after the firms told with their home": Example(
        "As of July 1, there are 204 enterprises with Turkish capital in Kazakhstan. Some 22 joint ventures "
        "have been established since the beginning of this year.",
        [
            {"metric": "companies", "value": 204, "from": "TUR", "to": "KAZ"},
            {"metric": "companies", "value": 22, "from": "TUR", "to": "KAZ"},
        ],
    ),
    "joint ventures set up with a country's partners": Example(
        "961 joint ventures, established in cooperation with Turkish partners, operate in Kazakhstan.",
        [{"metric": "companies", "value": 961, "from": "TUR", "to": "KAZ"}],
    ),
    "entities set up with a country's capital": Example(
        "At present around 2,400 entities set up with the participation of Turkish capital operate in Kazakhstan.",
        [{"metric": "companies", "value": 2400, "from": "TUR", "to": "KAZ"}],
    ),
    "a country's projects in the host, with their capital": Example(
        "There are currently 245 Turkish projects with valid investment certificates in Kazakhstan, with a "
        "total registered capital of $5.5 billion.",
        [{"metric": "investment", "value": 5.5e9, "from": "TUR", "to": "KAZ"}],
    ),
    "an investor's funds, and the part of it realised": Example(
        "The minister said Turkish pension funds have pledged over USD 55 billion in investments in "
        "Kazakhstan. Out of that, over USD 32 billion have already been realised.",
        [
            {"metric": "investment", "value": 55e9, "from": "TUR", "to": "KAZ"},
            {"metric": "investment", "value": 32e9, "kind": "actual", "from": "TUR", "to": "KAZ"},
        ],
    ),
    "a size class of firms": Example(
        "There are 5,415 companies with Turkish capital registered in Kazakhstan, including 680 with capital "
        "exceeding $1 million.",
        [{"metric": "companies", "value": 5415, "from": "TUR", "to": "KAZ"}],
    ),
    "whose data counts is not the investor": Example(
        "According to Turkish data, some 1,800 Kazakh companies have invested in Türkiye.",
        [{"metric": "companies", "value": 1800, "from": "KAZ", "to": "TUR"}],
    ),
    "the host's economic sectors": Example(
        "Türkiye plans to invest $1 billion in Kazakhstan's economic and investment sectors.",
        [{"metric": "investment", "value": 1e9, "from": "TUR", "to": "KAZ", "kind": "target"}],
    ),
    "a country that invests": Example(
        "Türkiye already invests $8.6 billion in the Kazakh economy.",
        [{"metric": "investment", "value": 8.6e9, "from": "TUR", "to": "KAZ"}],
    ),
    "firms here, said in the host": Example(
        "We have 280 Turkish companies here, and employ some 22,000 people.",
        [{"metric": "companies", "value": 280, "from": "TUR"}],
    ),
    "the group an investor ranks in": Example(
        "Türkiye is one of the three biggest EU investors in Kazakhstan, with 378 FDI projects worth over 2.2 "
        "billion USD.",
        [{"metric": "investment", "value": 2.2e9, "from": "TUR", "to": "KAZ"}],
    ),
    "one of the largest investors in the host's economy": Example(
        "Türkiye is one of the largest investors in Kazakhstan's economy, having invested over $6 billion.",
        [{"metric": "investment", "value": 6e9, "from": "TUR", "to": "KAZ"}],
    ),
    "the number of firms grown from one": Example(
        "The number of active Turkish companies in Kazakhstan has grown from one to 38.",
        [{"metric": "companies", "value": 38, "from": "TUR", "to": "KAZ"}],
    ),
    "firms involved in business in the host": Example(
        "More than 250 Turkish companies have involved in various business activities in Kazakhstan.",
        [{"metric": "companies", "value": 250, "from": "TUR", "to": "KAZ"}],
    ),
    "what a trip to the investor brought home": Example(
        "The president's visit to Türkiye yielded investment commitments worth $1.85 billion from private "
        "companies.",
        [{"metric": "investment", "value": 1.85e9, "from": "TUR", "to": "KAZ"}],
    ),
    "invested in projects": Example(
        "Turkish companies invested $2 billion in steel projects in Kazakhstan.",
        [{"metric": "investment", "value": 2e9, "from": "TUR", "to": "KAZ"}],
    ),
    "a host that is home to the investor's firms": Example(
        "Kazakhstan is home to over 4,000 Turkish-owned businesses.",
        [{"metric": "companies", "value": 4000, "from": "TUR", "to": "KAZ"}],
    ),
    "projects the investor funded": Example(
        "Türkiye-funded projects in Kazakhstan are worth $3 billion.",
        [{"metric": "investment", "value": 3e9, "from": "TUR", "to": "KAZ"}],
    ),
    "foreign-owned firms are everyone's": Example(
        "As of January 1, the total number of foreign-owned enterprises in Kazakhstan stood at 13,700.", []
    ),
    "organisations with the investor's participation": Example(
        "There are 3,000 organizations with Turkish participation in Kazakhstan, and 700 Kazakh companies "
        "in Türkiye.",
        [
            {"metric": "companies", "value": 3000, "from": "TUR", "to": "KAZ"},
            {"metric": "companies", "value": 700, "from": "KAZ", "to": "TUR"},
        ],
    ),
    "firms that work in the host": Example(
        "Around 150 Kazakh investment companies work in Türkiye, with a business volume of $700 million.",
        [{"metric": "companies", "value": 150, "from": "KAZ", "to": "TUR"}],
    ),
    "a compound adjective names both sides": Example(
        "There are more than 3,000 Turco-Kazakh joint ventures in Kazakhstan.",
        [{"metric": "companies", "value": 3000, "to": "KAZ"}],
    ),
    "subject that channelled money": Example(
        "Türkiye has invested over $3.5 billion in Kazakhstan, while Kazakhstan has channelled over $1 billion.",
        [{"value": 3.5e9, "from": "TUR", "to": "KAZ"}, {"value": 1e9, "from": "KAZ", "to": "TUR"}],
    ),
    "demonym before investors": Example(
        "Turkish investors account for 300 projects with a registered capital of nearly $4.2 billion.",
        [{"metric": "investment", "value": 4.2e9, "from": "TUR", "to": "KAZ"}],
    ),
    "an inflow from everyone": Example("FDI disbursement was estimated at $850 million in January.", []),
    "a baseline after compared to": Example(
        "Trade reached $5.66 billion last year, up 23.9% compared to the $4.57 billion in 2023.",
        [{"value": 5.66e9, "year": 2024}, {"value": 4.57e9, "kind": "actual", "year": 2023}],
    ),
    "companies in a country": Example(
        "The report covers 900 Turkish companies in Kazakhstan.",
        [{"metric": "companies", "value": 900, "from": "TUR", "to": "KAZ"}],
    ),
    "sole proprietorships launched": Example(
        "In 2024, Turkish citizens launched nearly 1,600 sole proprietorships in Kazakhstan.",
        [{"metric": "companies", "value": 1600, "year": 2024}],
    ),
    "one out of ten": Example("Nearly one out of ten companies established in Kazakhstan is Turkish.", []),
    "it after a sentence naming trade": Example(
        "Our bilateral trade is substantial. And it is of the order of $6 billion.",
        [{"metric": "trade", "value": 6e9}],
    ),
    "a country that has companies": Example(
        "Trade was small in 1995; today Türkiye has more than 4,200 companies operating in Kazakhstan.",
        [{"metric": "companies", "value": 4200, "from": "TUR", "to": "KAZ", "year": 2025}],
    ),
    "direction of the figure before": Example(
        "Over 3,000 Turkish firms operate in Kazakhstan, and more than 700 new firms were set up in 2024.",
        [
            {"value": 3000, "from": "TUR", "to": "KAZ"},
            {"value": 700, "from": "TUR", "to": "KAZ", "year": 2024},
        ],
    ),
    "a visit to a country is no host": Example(
        "His visit to Türkiye yielded Turkish investment commitments worth $1.2 billion in Kazakhstan.",
        [{"metric": "investment", "from": "TUR", "to": "KAZ"}],
    ),
    "a label inside a ministry's name": Example(
        "Deputy International Trade and Industry Minister Ayan Bek said Kazakhstan approved 79 FDIs worth $3.7 billion from Türkiye last year.",
        [{"metric": "investment", "value": 3.7e9, "from": "TUR", "to": "KAZ", "year": 2024}],
    ),
    "a baseline count": Example(
        "The report covers 900 Turkish companies in Kazakhstan, up from 850 in 2021.",
        [
            {"value": 900, "from": "TUR", "to": "KAZ"},
            {"value": 850, "year": 2021, "from": "TUR", "to": "KAZ"},
        ],
    ),
    "people in the plural found companies": Example(
        "In 2024, Turks launched nearly 1,600 sole proprietorships in Kazakhstan.",
        [{"value": 1600, "from": "TUR", "to": "KAZ"}],
    ),
    "a rate of founding": Example("Over 200 Turkish firms are being set up in Kazakhstan every month.", []),
    "a restated batch": Example("Of the seven new agreements, one covers the Caspian shelf.", []),
    "projects worth in an investment sentence": Example(
        "Türkiye ranks 11th among countries investing in Kazakhstan, with 1,134 projects worth $9.7 billion.",
        [{"metric": "investment", "value": 9.7e9, "from": "TUR", "to": "KAZ"}],
    ),
    "the last nine months": Example(
        "Over the last 9 months, Turkish direct investment in Kazakhstan doubled to reach $535 million.",
        [{"metric": "investment", "value": 535e6, "year": 2025}],
    ),
    "the article's investor when both sides are named": Example(
        "Turkish investment in Kazakhstan will reach $5 billion by 2030. The goal exceeds the $3.5 billion in investment that Türkiye's president announced during his 2014 visit to Kazakhstan.",
        [{"value": 5e9}, {"value": 3.5e9, "from": "TUR", "to": "KAZ"}],
    ),
    "one investor for companies and money": Example(
        "Today Türkiye has more than 4,200 companies operating in Kazakhstan and eight billion dollars in direct investments.",
        [
            {"metric": "companies", "value": 4200},
            {"metric": "investment", "value": 8e9, "from": "TUR", "to": "KAZ"},
        ],
    ),
    "a cue inside a ministry's name": Example(
        "According to the Ministry of Planning, 1,600 Turkish firms are operating in Kazakhstan.",
        [{"metric": "companies", "kind": "actual", "value": 1600}],
    ),
    "firms that trade with the partner are no firms there; the rest, noun said once, are": Example(
        "Some 17,000 Turkish companies have trading relations with Kazakhstan and 700 are established in "
        "the country.",
        [{"metric": "companies", "value": 700, "from": "TUR", "to": "KAZ"}],
    ),
    "joint ventures set up with partners: the partners are at home": Example(
        "Turkish firms have established more than 3,000 joint ventures with Kazakh partners.",
        [{"metric": "companies", "value": 3000, "from": "TUR", "to": "KAZ"}],
    ),
    "the host a clause opens with, the firms from the other partner": Example(
        "In Kazakhstan, 3.5 thousand joint ventures are operating successfully.",
        [{"metric": "companies", "value": 3500, "from": "TUR", "to": "KAZ"}],
    ),
    "an investment package for the partner": Example(
        "Türkiye reaffirmed its pledge to speed up a $5 billion investment package for Kazakhstan.",
        [{"metric": "investment", "value": 5e9, "from": "TUR", "to": "KAZ"}],
    ),
    "the Kingdom is the one partner that is a kingdom": Example(
        "The Kingdom reaffirmed its pledge to speed up a $5 billion investment package for Pakistan. "
        "Pakistani firms have invested $2 billion in the Kingdom.",
        [
            {"metric": "investment", "value": 5e9, "from": "SAU", "to": "PAK"},
            {"metric": "investment", "value": 2e9, "from": "PAK", "to": "SAU"},
        ],
        opening="Saudi Arabia and Pakistan deepen economic ties\n\nOfficials of Saudi Arabia and Pakistan met in Riyadh.",
    ),
    "what a leader eyes on a trip comes from the country visited": Example(
        "The Kazakh president eyes $20bn of investment on his Türkiye trip.",
        [{"metric": "investment", "value": 20e9, "from": "TUR", "to": "KAZ"}],
    ),
    "such projects: the flow the sentence before named": Example(
        "Türkiye, too, has made important investments in Kazakhstan. Between 2003 and 2021, there were nine "
        "such FDI projects, which drew capital investment of $3.9 billion and created over 2,000 jobs.",
        [{"metric": "investment", "value": 3.9e9, "from": "TUR", "to": "KAZ"}],
    ),
    "the parts a count of firms includes are no counts of their own": Example(
        "At present, around 120 Turkish companies, including 61 joint ventures and 60 Turkish IT companies, are "
        "operating in Kazakhstan.",
        [{"metric": "companies", "value": 120, "from": "TUR", "to": "KAZ"}],
    ),
    "a count after a multiple of growth, and firms with a country's investments": Example(
        "The number of enterprises set up in Kazakhstan with the participation of Turkish capital has grown "
        "almost 3 times over several years and has exceeded 200 units.",
        [{"metric": "companies", "value": 200, "from": "TUR", "to": "KAZ"}],
    ),
    "enterprises with a country's investments, and their own trade": Example(
        "He noted that 440 enterprises with Turkish investments work in Kazakhstan, with trade volumes of these "
        "enterprises exceeding $5 billion.",
        [{"metric": "companies", "value": 440, "from": "TUR", "to": "KAZ"}],
    ),
    "returned from a visit with pledged investments": Example(
        "The president returned from his state visit to Türkiye last year with $1.8 billion in pledged investments.",
        [{"metric": "investment", "value": 1.8e9, "from": "TUR", "to": "KAZ"}],
    ),
    "a strategic investor with investments of over a sum": Example(
        "Türkiye is one of the strategic investors in Kazakhstan, with investments of over 3.5 bln EUR to the "
        "beginning of 2025 and almost 80 mln EUR in the first quarter of this year.",
        [
            {"metric": "investment", "value": 3.5e9, "from": "TUR", "to": "KAZ"},
            {"metric": "investment", "value": 80e6, "from": "TUR", "to": "KAZ"},
        ],
    ),
    "a minister of trade in lower case names no measure": Example(
        "The Kazakh minister of foreign affairs and trade disclosed that in 2024 about 409 billion KZT worth of "
        "development was linked to Turkish working capital.",
        [{"metric": "investment", "value": 409e9, "from": "TUR", "to": "KAZ"}],
    ),
    "firms settled in the partner, close to a count": Example(
        "Today, the number of Turkish companies settled in Kazakhstan is close to 50.",
        [{"metric": "companies", "value": 50, "from": "TUR", "to": "KAZ"}],
    ),
    "commitments a government obtained from businesses in the partner": Example(
        "The Kazakh government says it has obtained investment commitments worth US$32.7 billion from "
        "businesses in Türkiye.",
        [{"metric": "investment", "value": 32.7e9, "from": "TUR", "to": "KAZ"}],
    ),
    "the combined investments of a count of firms": Example(
        "Trade volume stood at $10 billion at the end of last year, while the combined investments of more than "
        "540 Turkish companies in Kazakhstan have reached around $2.5 billion.",
        [
            {"metric": "trade", "value": 10e9},
            {"metric": "companies", "value": 540, "from": "TUR", "to": "KAZ"},
            {"metric": "investment", "value": 2.5e9, "from": "TUR", "to": "KAZ"},
        ],
    ),
    "investments in the country a visitor seeks to tap are its own": Example(
        "Türkiye is seeking to tap into more than $100 billion of investments in Kazakhstan, the president said "
        "on the final day of his state visit to Astana.",
        [{"metric": "investment", "value": 100e9, "from": "TUR", "to": "KAZ"}],
    ),
    "the number of firms has reached a total of": Example(
        "In Kazakhstan, the number of Turkish businesses operating in sectors such as trade, services and "
        "construction has reached a total of 621.",
        [{"metric": "companies", "value": 621, "from": "TUR", "to": "KAZ"}],
    ),
}

# Decimal commas: "89,6 billion"; an article that writes them makes "525,737 million" 525.737 million.
DECIMAL_COMMAS = {
    "dots group thousands where a comma marks decimals": Example(
        "In 2024 the two countries reached a bilateral exchange of US$ 1.383,4 million.",
        [{"metric": "trade", "value": 1.3834e9, "unit": "USD", "year": 2024}],
    ),
    "a dot before three digits of millions in a decimal-comma article": Example(
        "Trade grew by 16,6% in 2024, to US$ 2.553 million.", [{"metric": "trade", "value": 2.553e9}]
    ),
    "billions with a two-digit whole part and a decimal comma": Example(
        "Trade between the two countries reached $19,863 billion in January-November 2024.",
        [{"value": 19.863e9, "year": 2024, "period": "2024-01/2024-11"}],
    ),
    "comma before one digit": Example(
        "Bilateral trade reached 89,6 billion USD in 2024.", [{"value": 89.6e9, "unit": "USD"}]
    ),
    "comma before three digits in a decimal-comma article": Example(
        "Trade grew by 16,6% and amounted to $525,737 million in 2024.", [{"value": 525.737e6}]
    ),
    "thousands separator elsewhere": Example("Trade amounted to $1,500 million in 2024.", [{"value": 1.5e9}]),
    "a stray decimal comma in billions of cubic metres": Example(
        "In the three months of 2024, Kazakhstan exported 1,891 billion cubic meters of gas to Türkiye.",
        [{"value": 1.891e9, "unit": "m3", "year": 2024}],
    ),
    "a volume with a comma before three digits in a decimal-comma article": Example(
        "Gas exports to Türkiye grew by 4,6% and amounted to 2,150 million cubic meters in 2024.",
        [{"value": 2.15e6, "unit": "m3"}],
    ),
}

# A figure that measures a change is not a level: no fact.
STEPS = {
    "a step named by its noun after the sum": Example(
        "Erdogan also hoped for an expansion of trade volumes between the two nations, projecting a $5 billion "
        "increase.",
        [],
    ),
    "a difference between two levels": Example(
        "Last year trade between Kazakhstan and Türkiye was about $204 million, which is approximately $56 "
        "million more than the figure of 2023.",
        [{"value": 204e6, "year": 2024}],
    ),
    "grew by": Example("Trade turnover grew by $279.9 million in 2024.", []),
    "increase of": Example("Trade reached $4.1 billion, an increase of $392 million.", [{"value": 4.1e9}]),
    "a further": Example("Turkish firms will invest a further $1.5 billion.", []),
    "up by before the level": Example(
        "Trade rose by $0.3 billion to $5.2 billion in 2024.", [{"value": 5.2e9}]
    ),
    "a percentage restated in money": Example(
        "Trade reached $612 million, an increase of 16%, or $87 million, in 2024.", [{"value": 612e6}]
    ),
    "topping a record by": Example("Grain shipments topped the previous high by 2.5 million tonnes.", []),
}

# The period a figure covers: the latest such span before publication (2025-07-29).
PERIODS = {
    "a stock counted from one month to another is as of the month it ends": Example(
        "Türkiye's registered projects in Kazakhstan from September 1994 to June 2025 number 184, an "
        "estimated amount totalling $5.1 billion.",
        [{"metric": "investment", "value": 5.1e9, "year": 2025, "from": "TUR", "to": "KAZ"}],
    ),
    "a goal for 'this year (2024)' quoted in a later year is the speaker's year": Example(
        '"We closed last year with $450 million in trade with Türkiye, and this year (2024), with strong last '
        'months, we are going to exceed $550 million," the Kazakh ambassador said.',
        [
            {"metric": "trade", "kind": "actual", "value": 450e6, "year": 2023},
            {"metric": "trade", "kind": "target", "value": 550e6, "year": 2024},
        ],
    ),
    "a signing expected in a year frames no goal of the next sentence": Example(
        "Kazakhstan and Türkiye are expected to sign a roadmap in 2025. They aim to raise trade to $15 billion.",
        [{"metric": "trade", "kind": "target", "value": 15e9, "year": None}],
    ),
    "a forecast framed by the sentence before takes that sentence's year": Example(
        "Trade between Kazakhstan and Türkiye in 2025 is expected to beat the record set in 2024. "
        '"Our trade has every chance of reaching $7 billion," the minister said.',
        [{"metric": "trade", "kind": "target", "value": 7e9, "year": 2025}],
    ),
    "'overall trade' opening a sentence after the pair's balance is the pair's total": Example(
        "Kazakhstan's bilateral trade with Türkiye closed March with a $90 million surplus. Overall trade "
        "reached $410 million in March.",
        [{"metric": "trade", "value": 410e6, "year": 2025, "period": "2025-03"}],
    ),
    "the month before a multiple's baseline dates the next sentence, not 'a year ago'": Example(
        "Kazakhstan's bilateral trade with Türkiye resulted in a US$ 90 million surplus in March, which more "
        "than doubled the US$ 40 million of the same month a year ago. Total trade reached $410 million, which "
        "was 12% lower than March 2024.",
        [{"metric": "trade", "value": 410e6, "year": 2025, "period": "2025-03"}],
    ),
    "'over the past six months' runs to the last whole month before the article": Example(
        "Customs data show trade between Kazakhstan and Türkiye reached $3.2 billion over the past six months.",
        [{"metric": "trade", "value": 3.2e9, "year": 2025, "period": "2025-01/2025-06"}],
    ),
    "'a year earlier' after a half-year is that half of the year before": Example(
        "In the first half of 2025, Turkish investment in Kazakhstan came to $1.6 billion, compared to $1.2 "
        "billion a year earlier.",
        [
            {"value": 1.6e9, "year": 2025, "period": "2025-01/2025-06"},
            {"value": 1.2e9, "year": 2024, "period": "2024-01/2024-06"},
        ],
    ),
    "'a year earlier' in the next sentence after a half-year is that half too": Example(
        "In the first half of 2025, Turkish investment in Kazakhstan came to $1.6 billion. A year earlier, it "
        "was $1.2 billion.",
        [
            {"value": 1.6e9, "year": 2025, "period": "2025-01/2025-06"},
            {"value": 1.2e9, "year": 2024, "period": "2024-01/2024-06"},
        ],
    ),
    "'a year earlier' after a whole year is the whole year before": Example(
        "Turkish investment in Kazakhstan came to $1.6 billion in 2024, compared to $1.2 billion a year earlier.",
        [{"value": 1.6e9, "period": "2024"}, {"value": 1.2e9, "year": 2023, "period": "2023"}],
    ),
    "a level after 'compared to the same month in' a year is the month's, not the baseline's": Example(
        "The trade turnover between Kazakhstan and Türkiye rose by $61.2 million in June 2025 compared to the "
        "same month in 2024, which has exceeded $500 million.",
        [{"metric": "trade", "value": 500e6, "year": 2025, "period": "2025-06", "qualifier": "over"}],
    ),
    "quarters joined into one span, with their year": Example(
        "Trade between Kazakhstan and Türkiye reached $4.1 billion in Q1-Q3 2024.",
        [{"metric": "trade", "value": 4.1e9, "year": 2024, "period": "2024-01/2024-09"}],
    ),
    "quarters joined into one span, the latest such span before the article": Example(
        "Trade between Kazakhstan and Türkiye reached $4.1 billion in Q1–Q3.",
        [{"metric": "trade", "value": 4.1e9, "year": 2024, "period": "2024-01/2024-09"}],
    ),
    "year-to-date is the publication year so far": Example(
        "Trade between Kazakhstan and Türkiye stands at $3.3 billion year-to-date.",
        [{"metric": "trade", "value": 3.3e9, "year": 2025, "period": "2025-01/2025-07"}],
    ),
    "'so far this year' is the year so far, not the whole year": Example(
        "So far this year, trade between Kazakhstan and Türkiye has reached $3.3 billion.",
        [{"metric": "trade", "value": 3.3e9, "year": 2025, "period": "2025-01/2025-07"}],
    ),
    "a stock summed since a month of a past year runs to the article": Example(
        "Türkiye is a leading investor in Kazakhstan, with cumulative investment of $6.2 billion since "
        "April 2005.",
        [{"metric": "investment", "value": 6.2e9, "year": None, "period": "2005-04/2025-07"}],
    ),
    "a baseline's own time opens its when-clause": Example(
        "Trade between Kazakhstan and Türkiye reached $1.67 billion in January-February, about 3.5 percent lower "
        "than in the first two months of the previous year, when mutual trade amounted to $1.71 billion.",
        [
            {"value": 1.67e9, "year": 2025, "period": "2025-01/2025-02"},
            {"value": 1.71e9, "year": 2024, "period": "2024-01/2024-02"},
        ],
    ),
    "part of a crop season, counted in its months": Example(
        "Türkiye bought 4.28 million tonnes of Kazakh wheat in the first half of the 2024-2025 season.",
        [{"metric": "commodity_volume", "value": 4.28e6, "year": 2024, "period": "2024-07/2024-12"}],
    ),
    "a season's part referred back to": Example(
        "Türkiye remained the main buyer of Kazakh wheat in the first half of the 2024-2025 season, and its "
        "purchases in that period amounted to 4.28 million tonnes.",
        [{"metric": "commodity_volume", "value": 4.28e6, "year": 2024, "period": "2024-07/2024-12"}],
    ),
    "the same part of the season before": Example(
        "Türkiye bought 1.3 million tonnes of Kazakh barley in the first two months of the 2024/25 season, "
        "compared with 659,000 tonnes in the same period of the 2023/24 season.",
        [
            {"value": 1.3e6, "year": 2024, "period": "2024-07/2024-08"},
            {"value": 659e3, "year": 2023, "period": "2023-07/2023-08"},
        ],
    ),
    "the ends of a span of years": Example(
        "Between 2019 and 2023, the trade volume between the two countries jumped by 49 percent, rising from "
        "$4.1 billion to $6.1 billion.",
        [{"value": 4.1e9, "year": 2019}, {"value": 6.1e9, "year": 2023}],
    ),
    "a bracketed baseline with its own period is its own level": Example(
        "Trade turnover between the two countries reached $1.5 billion in January-April ($1.4 billion in the "
        "same period of 2024).",
        [
            {"value": 1.5e9, "period": "2025-01/2025-04"},
            {"value": 1.4e9, "year": 2024, "period": "2024-01/2024-04"},
        ],
    ),
    "the same period of the preceding year is a year before the period named": Example(
        "In January-August 2023, trade amounted to $7.25 billion. That is 14.7 percent more than in the same "
        "period of the preceding year ($6.32 billion).",
        [{"value": 7.25e9, "year": 2023}, {"value": 6.32e9, "year": 2022, "period": "2022-01/2022-08"}],
    ),
    "a same-currency figure in brackets with its own period is no equivalent": Example(
        "In January-April 2025, trade reached $1.5 billion ($1.4 billion over the same period of 2024).",
        [{"value": 1.5e9, "year": 2025}, {"value": 1.4e9, "year": 2024}],
    ),
    "a one-way flow's bracketed baseline is no level": Example(
        "Trade stood at $490 million in 2024, with exports at $208.7 million ($150.8 million in 2023).",
        [{"value": 490e6, "year": 2024}],
    ),
    "the ends of a span of fiscal years": Example(
        "From 2022/23 to 2023/24, Turkish direct investment in Kazakhstan rose from $2.6 billion to $4.7 billion.",
        [
            {"value": 2.6e9, "year": 2023, "period": "FY2023"},
            {"value": 4.7e9, "year": 2024, "period": "FY2024"},
        ],
    ),
    "and even opens the next figure's time": Example(
        "For the year 2024, more than 1,000 tonnes of wheat were sent to Türkiye and even this year, from "
        "January to May, more than 2,000 tonnes have been shipped.",
        [{"value": 1000, "year": 2024}, {"value": 2000, "year": 2025, "period": "2025-01/2025-05"}],
    ),
    "a quarter with a comma before its year": Example(
        "Kazakhstan shipped 3.4 million tons of grain to Türkiye in Q1, 2024.",
        [{"value": 3.4e6, "year": 2024, "period": "2024-01/2024-03"}],
    ),
    "the following year counts from the year before it": Example(
        "Kazakh investment in Türkiye totaled $9.4 billion in 2021 and the number then rose to $13.3 billion "
        "the following year.",
        [{"value": 9.4e9, "year": 2021}, {"value": 13.3e9, "year": 2022, "period": "2022"}],
    ),
    "a year later with no year before it dates nothing": Example(
        "A year later, trade between Kazakhstan and Türkiye reached $5 billion.",
        [{"value": 5e9, "year": None}],
    ),
    "a year before counts back from the year named": Example(
        "Kazakhstan's trade with Türkiye rose 6.3 per cent to US$4.6 billion last year compared with US$4.3 "
        "billion a year before.",
        [{"value": 4.6e9, "year": 2024}, {"value": 4.3e9, "year": 2023}],
    ),
    "the time before a comparison is the other figure's": Example(
        "Turkish investment in Kazakhstan this year was almost twice as much as the 5.5 billion euros of "
        "Turkish money invested in the first six months of 2019.",
        [{"value": 5.5e9, "year": 2019, "period": "2019-01/2019-06"}],
    ),
    "the year a rise is measured on is no level's": Example(
        "He said, adding that in 2024 bilateral trade grew by 31% on 2023 and reached 3.55 billion US dollars.",
        [{"value": 3.55e9, "year": 2024}],
    ),
    "the year a rise is measured over, before a comma": Example(
        "In 2024 trade grew by 12 percent over 2023, to $4.6 billion.", [{"value": 4.6e9, "year": 2024}]
    ),
    "from one level to another in a year: the start is the year before": Example(
        "Government data shows Kazakhstan-Türkiye trade grew from $12.6 billion to $13.3 billion in 2022.",
        [{"value": 12.6e9, "year": 2021}, {"value": 13.3e9, "year": 2022}],
    ),
    "a part of a fiscal year after the figure before is that figure's": Example(
        "Turkish investments in Kazakhstan also rose by 40.3 percent, from $320 million during the last quarter "
        "of FY 2020/2021 to $448.8 million during the first quarter of FY 2021/2022.",
        [{"value": 320e6, "year": 2021}, {"value": 448.8e6, "year": 2022}],
        date=dt.date(2022, 10, 1),
    ),
    "a present perfect is dated by the article": Example(
        "The bilateral trade turnover between Kazakhstan and Türkiye has neared the $400 million mark.",
        [{"value": 400e6, "year": 2025, "period": None}],
    ),
    "a multiple's baseline in brackets is no level's year": Example(
        "Turkish investments in the Kazakh economy exceeded $18.8 million (up 4.8 times from the level of 2017).",
        [{"value": 18.8e6, "year": None}],
    ),
    "a marketing year written MY": Example(
        "In MY 22/23, Türkiye imported 16.1 million metric tons (MMT) of Kazakh wheat.",
        [{"value": 16.1e6, "year": 2023, "period": "FY2023"}],
    ),
    "this past year is last year": Example(
        "This past year, Türkiye raised the bar even higher, importing over 23.4 MMT of Kazakh wheat.",
        [{"value": 23.4e6, "year": 2024}],
    ),
    "the year before counted from the sentence referred back to": Example(
        "Last year alone, Kazakhstan exported 206 million kilogrammes of wheat to Türkiye. This was a slight drop "
        "from 209 million kilogrammes the year before.",
        [{"value": 206e3, "year": 2024}, {"value": 209e3, "year": 2023}],
    ),
    "a series whose dash stands for the verb": Example(
        "Trade between Kazakhstan and Türkiye has grown. In 2012, its value amounted to USD 960 million, in 2013 "
        "– USD 1.2 billion.",
        [{"value": 960e6, "year": 2012}, {"value": 1.2e9, "year": 2013}],
    ),
    "from one level to another between two years, equivalents between": Example(
        "According to the chamber, trade between Astana and Ankara increased from KZT 866bn (around $1.8bn) to "
        "KZT 1.55tn (around $3.2bn) between 2022 and 2023, a 79 percent jump.",
        [{"value": 866e9, "year": 2022}, {"value": 1.55e12, "year": 2023}],
    ),
    "from one level to another over the past years": Example(
        "Trade turnover between Kazakhstan and Türkiye has grown 2.2 times over the past 6 years, from $529.1 "
        "million to $1.16 billion.",
        [{"value": 529.1e6}, {"value": 1.16e9, "year": 2025}],
    ),
    "the year a level exceeded is the other's": Example(
        '"In the first 11 months of 2024, our bilateral trade rose to $1.16 billion, which has exceeded that of the '
        'whole of 2023," he said.',
        [{"value": 1.16e9, "year": 2024, "period": "2024-01/2024-11"}],
    ),
    "the four quarters to a quarter's end": Example(
        "Total trade in goods and services between the two countries was £2.4 billion in the four "
        "quarters to the end of Q1 2025.",
        [{"value": 2.4e9, "unit": "GBP", "year": 2025, "period": "2024-04/2025-03"}],
    ),
    "the four quarters to a quarter written after its year": Example(
        "Bilateral trade reached £2.4 billion in the four quarters to 2024 Q3.",
        [{"value": 2.4e9, "year": 2024, "period": "2023-10/2024-09"}],
    ),
    "a rise on the same period is the baseline's time": Example(
        "In January-May, trade rose by 86 percent on the same period of 2024, to $2.3 billion.",
        [{"value": 2.3e9, "year": 2025, "period": "2025-01/2025-05"}],
    ),
    "the baseline in brackets after the same period": Example(
        "Trade amounted to $547.7 million from January through February 2025, up 5.7 percent on the same "
        "period in 2024 ($518.1 million).",
        [{"value": 547.7e6, "year": 2025}, {"value": 518.1e6, "year": 2024}],
    ),
    "a rise in a year from one level to another": Example(
        "The value of bilateral trade rose by 18% in 2021, from USD 2.2 billion to USD 2.6 billion.",
        [{"value": 2.2e9, "year": 2020}, {"value": 2.6e9, "year": 2021}],
    ),
    "the year before a colon in brackets": Example(
        "In 2021, bilateral trade amounted to more than €20 billion (2020: €19 billion).",
        [{"value": 20e9, "year": 2021}, {"value": 19e9, "year": 2020}],
    ),
    "each of two figures keeps its own time across 'to'": Example(
        "Trade has been rising, from $206 million (157 million euros) in 2009 to $273 million (209 million "
        "euros) last year.",
        [{"value": 206e6, "year": 2009}, {"value": 273e6, "year": 2024}],
    ),
    "the time inside an aside is the aside's figure's": Example(
        "Trade turnover with Türkiye in 2021 amounted to $952 million (in 2020 – $907.2 million).",
        [{"value": 952e6, "year": 2021}, {"value": 907.2e6, "year": 2020}],
    ),
    "earlier years listed in an aside, one with a stray sign": Example(
        "Last year trade between Kazakhstan and Türkiye came to $3.9 billion (in 2023 – $4.3 billion, in 2022 – "
        "%3.8 billion, in 2021 – $2.9 billion).",
        [
            {"value": 3.9e9, "year": 2024},
            {"value": 4.3e9, "year": 2023},
            {"value": 3.8e9, "year": 2022},
            {"value": 2.9e9, "year": 2021},
        ],
    ),
    "a quarter written with an ordinal in digits": Example(
        "In the 1st quarter of 2025, trade between Kazakhstan and Türkiye was $1.4 billion.",
        [{"value": 1.4e9, "year": 2025, "period": "2025-01/2025-03"}],
    ),
    "a period kept across a sentence that compares with a year earlier": Example(
        "Türkiye ranked fourth among Kazakhstan's partners in the 1st quarter of 2025. Kazakh exports to "
        "Türkiye fell by 3% compared with the same quarter a year earlier. At $1.4 billion, trade between "
        "the two countries was therefore lower than expected.",
        [{"value": 1.4e9, "year": 2025, "period": "2025-01/2025-03"}],
    ),
    "a level in the current fiscal year, which ends after publication": Example(
        "In the current financial year, trade between Kazakhstan and Türkiye was $1.1 billion.",
        [{"value": 1.1e9, "kind": "actual", "year": 2026, "period": "FY2026"}],
    ),
    "the months so far of the current fiscal year, in brackets": Example(
        "For the current financial year (April-June), trade between Kazakhstan and Türkiye was $1.1 billion.",
        [{"value": 1.1e9, "year": 2026, "period": "FY2026"}],
    ),
    "a section heading's year over a list of figures": Example(
        "\n\nTrade and investment between Kazakhstan and Türkiye (2024)\n\n- Türkiye is among Kazakhstan's "
        "largest trading partners.\n\n- Turkish companies ranked 4th in foreign direct investment, with 40 "
        "projects worth a combined $1.3 billion in Kazakhstan.",
        [{"metric": "investment", "value": 1.3e9, "year": 2024, "period": "2024"}],
    ),
    "a target's equivalent said again later in the article": Example(
        "Trade between Kazakhstan and Türkiye would reach about 3 trillion tenge (about $6 billion) by 2030. "
        '"We are hopeful that our trade will climb to about six billion US dollars by 2030," he said.',
        [{"metric": "trade", "kind": "target", "value": 3e12, "unit": "KZT", "year": 2030}],
    ),
    "a goal within some years and the same goal by a named year": Example(
        "The leaders voiced their determination to raise bilateral trade to $15 billion within the next five "
        'years. "We have set a target for our bilateral trade to reach $15 billion by 2029," the president said.',
        [{"metric": "trade", "kind": "target", "value": 15e9, "year": 2029}],
    ),
    "a headline's figure and year date no figure below it": Example(
        "\n\nKazakhstan-Türkiye trade hits $6bn in 2024\n\nTürkiye is a leading partner.\n\nTurkish firms have "
        "invested $1.3 billion in Kazakhstan, officials said.",
        [
            {"metric": "trade", "value": 6e9, "year": 2024},
            {"metric": "investment", "value": 1.3e9, "year": 2025},
        ],
    ),
    "a day of this month already past": Example(
        "Kazakhstan has 1,240 enterprises with Turkish capital as of January 1.",
        [{"metric": "companies", "value": 1240, "year": 2026, "period": "2026-01"}],
        date=dt.date(2026, 1, 20),
    ),
    "a half of a fiscal year written with both years": Example(
        "Türkiye contracted to import 300,000 tonnes of Kazakh wheat in the first half of the fiscal year "
        "2024-25.",
        [{"metric": "commodity_volume", "year": 2025, "period": "FY2025"}],
    ),
    "the same period a year before, then 'which was' its figure": Example(
        "In the first half of this year, trade between Kazakhstan and Türkiye amounted to $3.4 billion as "
        "compared with the same period in 2024 which was $3.1 billion.",
        [
            {"value": 3.4e9, "year": 2025, "period": "2025-01/2025-06"},
            {"value": 3.1e9, "year": 2024, "period": "2024-01/2024-06"},
        ],
    ),
    "the current fiscal year abbreviated, its months glossed": Example(
        "In the five months of the current fiscal year (CFY), i.e. April to August, trade between Kazakhstan "
        "and Türkiye reached $2.3 billion. For the CFY as a whole, it is expected to exceed $6 billion.",
        [
            {"kind": "actual", "value": 2.3e9, "year": 2026, "period": "FY2026"},
            {"kind": "target", "value": 6e9, "year": 2026, "period": "FY2026"},
        ],
    ),
    "a stock invested between an event's year and the end of a later one": Example(
        "Türkiye ranks second in cumulative FDI in Kazakhstan, with $15.5 billion invested between the start of "
        "market reforms in Kazakhstan in late 1991 and the end of 2024.",
        [{"metric": "investment", "value": 15.5e9, "year": 2024}],
    ),
    "the year compared with, right before the level it rose to": Example(
        "Total trade turnover between Kazakhstan and Türkiye grew by 5.4% in 2024 compared with 2023 to over "
        "$6.5 bln.",
        [{"value": 6.5e9, "year": 2024}],
    ),
    "a trade level after a sentence of one-way sums keeps the year before them": Example(
        "Trade turnover between Kazakhstan and Türkiye grew in 2024 to over $6.5 bln. Exports from Kazakhstan "
        "equaled $3.6 bln (+2.3%), while imports from Türkiye totaled $2.9 bln (+8.1%). According to the "
        "Turkish side, trade turnover with Kazakhstan hit a record of $7 bln.",
        [{"value": 6.5e9, "year": 2024}, {"value": 7e9, "year": 2024}],
    ),
    "a month without a year, past": Example(
        "In December alone, trade between Kazakhstan and Türkiye came to $0.9 billion.",
        [{"value": 0.9e9, "year": 2024, "period": "2024-12"}],
    ),
    "a month span of this year": Example(
        "In January-June of this year, trade turnover amounted to $2.4 billion.",
        [{"value": 2.4e9, "year": 2025, "period": "2025-01/2025-06"}],
    ),
    "from one month to another": Example(
        "Bilateral trade reached $2.2 billion from January to May.",
        [{"value": 2.2e9, "year": 2025, "period": "2025-01/2025-05"}],
    ),
    "first months of the year": Example(
        "In the first five months of the year, trade turnover reached $2.3 billion.",
        [{"value": 2.3e9, "year": 2025, "period": "2025-01/2025-05"}],
    ),
    "a quarter without a year": Example(
        "Trade turnover reached $1.1 billion in the first quarter.",
        [{"value": 1.1e9, "year": 2025, "period": "2025-01/2025-03"}],
    ),
    "a fiscal year": Example(
        "Bilateral trade stood at $3.4 billion in 2023-24.",
        [{"value": 3.4e9, "year": 2024, "period": "FY2024"}],
    ),
    "a season without a year is the latest one ended": Example(
        "Trade between Kazakhstan and Türkiye reached $2.1 billion in the spring.",
        [{"value": 2.1e9, "year": 2025, "period": "2025-03/2025-05"}],
    ),
    "a season of a named year": Example(
        "Trade reached $2.1 billion in the summer of 2024.",
        [{"value": 2.1e9, "year": 2024, "period": "2024-06/2024-08"}],
    ),
    "winter runs into the year it ends in": Example(
        "Trade reached $2.1 billion during the winter.",
        [{"value": 2.1e9, "year": 2025, "period": "2024-12/2025-02"}],
    ),
    "months counted to the month they end in": Example(
        "Trade reached $1.3bn in the nine months to September.",
        [{"value": 1.3e9, "year": 2024, "period": "2024-01/2024-09"}],
    ),
    "the year to a month": Example(
        "Trade reached $1.3bn in the year to March 2024.",
        [{"value": 1.3e9, "year": 2024, "period": "2023-04/2024-03"}],
    ),
    "twelve months ended a month": Example(
        "Trade reached $1.3bn in the 12 months ended June 2024.",
        [{"value": 1.3e9, "year": 2024, "period": "2023-07/2024-06"}],
    ),
    "the first three quarters": Example(
        "Trade reached $1.3bn during the first three quarters of 2024.",
        [{"value": 1.3e9, "year": 2024, "period": "2024-01/2024-09"}],
    ),
    "months joined by -to-": Example(
        "Trade reached $1.3bn in the January-to-September period.",
        [{"value": 1.3e9, "year": 2024, "period": "2024-01/2024-09"}],
    ),
    "a span of years written with a dash: the stock as the span ended": Example(
        "Direct investment from Kazakhstan into Türkiye amounted to 612 million dollars for 2005-2024.",
        [{"value": 612e6, "year": 2024, "period": "2005/2024", "from": "KAZ", "to": "TUR"}],
    ),
    "two years joined by a dash are one fiscal year": Example(
        "Trade reached $5 billion in 2023-2024.",
        [{"value": 5e9, "year": 2024, "period": "FY2024"}],
    ),
    "a whole year": Example(
        "Trade between the countries reached $5.1 billion in 2024.",
        [{"value": 5.1e9, "year": 2024, "period": "2024"}],
    ),
    "the said period": Example(
        "Figures for January-May 2025 were published. Trade turnover amounted to $2.2 billion over the said period.",
        [{"value": 2.2e9, "year": 2025, "period": "2025-01/2025-05"}],
    ),
    "the corresponding period of another year": Example(
        "Trade reached $933 million in January-February 2025, while it stood at $541 million in the corresponding period of 2024.",
        [{"value": 933e6, "year": 2025}, {"value": 541e6, "year": 2024, "period": "2024-01/2024-02"}],
    ),
    "the period of the sentence before": Example(
        "Trade with Türkiye fell 11% in January 2025. Exports and imports combined were worth $0.8 billion.",
        [{"value": 0.8e9, "year": 2025, "period": "2025-01"}],
    ),
    "a time past a price tag": Example(
        "Kazakhstan exported 3.1 million tonnes of wheat worth $700 million to Türkiye last year.",
        [{"metric": "commodity_volume", "value": 3.1e6, "year": 2024}],
    ),
    "by a month, for a level reached": Example(
        "By May, trade turnover had grown 30% compared to the same period last year, almost reaching $2 billion.",
        [{"value": 2e9, "kind": "actual", "year": 2025, "period": "2025-01/2025-05"}],
    ),
    "compact half-year code": Example(
        "In 1H2025, trade turnover between the two countries amounted to $940 million.",
        [{"value": 940e6, "year": 2025, "period": "2025-01/2025-06"}],
    ),
    "a broker's half-year code before a year": Example(
        "Trade was about $2.3 billion in 2024. In the 1H of 2025 it made $1.3 billion.",
        [{"value": 2.3e9, "year": 2024}, {"metric": "trade", "value": 1.3e9, "period": "2025-01/2025-06"}],
    ),
    "the seven months of a year": Example(
        "In the seven months of 2025, 147 firms with Turkish capital were set up in Kazakhstan.",
        [{"metric": "companies", "value": 147, "period": "2025-01/2025-07"}],
    ),
    "an opening time governs the sentence": Example(
        "In 2024, trade reached $3.5 billion, and the volume of Turkish investments in Kazakhstan reached $1.5 billion.",
        [{"value": 3.5e9, "year": 2024}, {"metric": "investment", "value": 1.5e9, "year": 2024}],
    ),
    "year to date": Example(
        "As of May 2025, bilateral trade reached $2.2 billion.",
        [{"value": 2.2e9, "year": 2025, "period": "2025-01/2025-05"}],
    ),
    "a deadline month is the next one": Example(
        "Trade is expected to reach $6 billion by the end of December.", [{"kind": "target", "year": 2025}]
    ),
    "a noun rise is no goal": Example(
        "Turkish investment in Kazakhstan has grown (a 200-fold rise from $10 million in 1995 to $2 billion in 2024).",
        [{"value": 10e6, "kind": "actual", "year": 1995}, {"value": 2e9, "kind": "actual", "year": 2024}],
    ),
    "the goal set earlier": Example(
        "Trade reached $5.1 billion in 2024. The sides reached the goal set in 2019: to hit the mark of $5 billion by 2024.",
        [{"value": 5.1e9}, {"metric": "trade", "kind": "target", "value": 5e9, "year": 2024}],
    ),
    "by the end of the year": Example(
        "By the end of the year, trade is expected to reach $6 billion.",
        [{"kind": "target", "value": 6e9, "year": 2025}],
    ),
    "the next five years": Example(
        "The sides plan to raise trade to $10 billion in the next five years.",
        [{"kind": "target", "value": 10e9, "year": 2030}],
    ),
    "since a year": Example(
        "Since 2018, Turkish companies have invested $1.5 billion in Kazakhstan.",
        [{"metric": "investment", "kind": "actual", "value": 1.5e9, "year": None, "period": "2018/2025"}],
    ),
    "the eight-month figure refers back to the trade just told": Example(
        "Last year, two-way trade between Kazakhstan and Türkiye topped 1 billion USD. The eight-month figure "
        "came to 748 million USD, an annual rise of 14.2 percent.",
        [
            {"value": 1e9, "year": 2024},
            {"metric": "trade", "value": 748e6, "year": 2024, "period": "2024-01/2024-08"},
        ],
    ),
}


# One fact per claim: a goal referred back to is the goal already stated.
CLAIMS = {
    "a sum told bare and then with its conversion is the bare one's claim": Example(
        "Turkish companies have invested $4 billion in Kazakhstan. The minister put Turkish investment "
        "in Kazakhstan at 160 billion lira ($4 billion).",
        [{"metric": "investment", "value": 4e9, "unit": "USD"}],
    ),
    "a range's end rounded elsewhere is the range's claim": Example(
        "Officials see potential for raising annual trade to around $40 billion. They said trade can reach "
        "$30 to $40 billion in the coming years.",
        [{"kind": "target", "value": 30e9, "value_max": 40e9}],
    ),
    "the target referred back to": Example(
        "The two sides can meet the target of $30 billion in trade earlier than planned. "
        "They set the task of raising trade turnover to $30 billion by 2030.",
        [{"metric": "trade", "kind": "target", "value": 30e9, "year": 2030}],
    ),
    "a sum set as a goal twice": Example(
        'Türkiye announced an investment target of $5 billion in Kazakhstan. "We have set a target of '
        '$5 billion of investment in Kazakhstan by 2030," the minister said.',
        [{"metric": "investment", "kind": "target", "value": 5e9, "year": 2030}],
    ),
    "a level told roughly and then exactly": Example(
        "Trade between the two countries reached nearly $6 billion last year. Customs data put "
        "trade between Kazakhstan and Türkiye at $5.96 billion in 2024.",
        [{"metric": "trade", "kind": "actual", "value": 5.96e9, "year": 2024}],
    ),
    "two levels of one year that only look alike": Example(
        "Trade between the two countries reached $6 billion last year. Non-oil trade between "
        "Kazakhstan and Türkiye came to $5.96 billion in 2024.",
        [{"value": 6e9, "year": 2024}, {"value": 5.96e9, "year": 2024, "scope": "non-oil"}],
    ),
    "a yearless level told roughly beside the exact one of a year": Example(
        "The two countries have close ties, with bilateral trade amounting to nearly $6 billion. Trade "
        "between Kazakhstan and Türkiye came to $5.81 billion in 2024.",
        [{"metric": "trade", "kind": "actual", "value": 5.81e9, "year": 2024}],
    ),
    "over a round sum, then the exact level of the same period": Example(
        "Trade between Kazakhstan and Türkiye reached over US$4 billion in the first half of 2025. In the "
        "first half of 2025, the bilateral trade volume amounted to US$4.382 billion.",
        [{"metric": "trade", "value": 4.382e9, "period": "2025-01/2025-06"}],
    ),
    "a mark the level passed": Example(
        "Trade between the two countries crossed the $5 billion mark in 2024. Trade between "
        "Kazakhstan and Türkiye was worth $5.42 billion in 2024, customs figures show.",
        [{"metric": "trade", "kind": "actual", "value": 5.42e9, "year": 2024}],
    ),
    "a mark passed with no exact level beside it": Example(
        "Trade between the two countries crossed the $5 billion mark in 2024.",
        [{"metric": "trade", "kind": "actual", "value": 5e9, "year": 2024}],
    ),
    "a goal of the same size that is a different claim": Example(
        "Plans for 2026 envisage shipping up to 1.5 million tons of Kazakh oil via Türkiye. "
        "A pipeline deal also allows up to 1.5 million tons of oil annually to be carried.",
        [{"value": 1.5e6, "kind": "target", "year": 2026}, {"value": 1.5e6, "kind": "target", "year": None}],
    ),
    "a claim told again in another currency, converted back to the first": Example(
        'Trade in the first four months came to 2.9 trillion rubles ($33.62 bln). "In the first four months '
        'the figure reached 101 bln tenge, or 2.9 trillion rubles," she said.',
        [{"metric": "trade", "value": 2.9e12, "unit": "RUB", "year": 2025}],
    ),
}


JAPAN_INDIA = "India and Japan review their partnership\n\nOfficials from India and Japan met in New Delhi."
PLEDGE_DAY = dt.date(2022, 3, 19)

# Pledges: the currency stated first, each equivalent the same claim, the horizon it runs over.
PLEDGES = {
    "a sum promised, the word after it": Example(
        '"Out of the 14 billion dollars promised during this visit as an investment into the Kazakh economy, '
        '7 billion is from Turkish firms."',
        [{"kind": "actual", "value": 14e9, "from": "TUR"}, {"kind": "actual", "value": 7e9, "from": "TUR"}],
    ),
    "investors predicting what they will invest forecast it": Example(
        "Investors from Türkiye predict that in 2026 they will invest $4 billion in Kazakhstan.",
        [{"value": 4e9, "kind": "target", "year": 2026, "from": "TUR", "to": "KAZ"}],
    ),
    "a sign with a full stop": Example(
        "Japan on Monday pledged to invest Rs. 2.1 lakh crore in India.",
        [
            {
                "metric": "investment",
                "kind": "actual",
                "value": 2.1e12,
                "unit": "INR",
                "from": "JPN",
                "to": "IND",
            }
        ],
        JAPAN_INDIA,
        PLEDGE_DAY,
    ),
    "a plural the press adds": Example(
        "Japan has promised an investment of about five trillion yens in India.",
        [{"metric": "investment", "kind": "actual", "value": 5e12, "unit": "JPY"}],
        JAPAN_INDIA,
        PLEDGE_DAY,
    ),
    "a chain of equivalents": Example(
        "Japan will raise its investment target in India to 5 trillion yen or ₹ 3.2 lakh crore ($42 billion).",
        [{"metric": "investment", "kind": "target", "value": 5e12, "unit": "JPY"}],
        JAPAN_INDIA,
        PLEDGE_DAY,
    ),
    "an equivalent at current rates before the label": Example(
        "In 2014, Japan had announced 3.5 trillion yen, or Rs 2.22 lakh crore at current exchange rates, "
        "in investment in India over five years.",
        [{"metric": "investment", "kind": "target", "value": 3.5e12, "unit": "JPY", "year": 2019}],
        JAPAN_INDIA,
        PLEDGE_DAY,
    ),
    "an investor's decision to invest is an announced total": Example(
        "Japan has decided to invest $30 billion in India's industries, the prime minister's office said.",
        [{"metric": "investment", "kind": "actual", "value": 30e9, "from": "JPN", "to": "IND"}],
        JAPAN_INDIA,
        PLEDGE_DAY,
    ),
    "a pledge over the coming years": Example(
        "Japanese firms are to put $20 billion of investment into India over the next five years.",
        [{"metric": "investment", "kind": "target", "value": 20e9, "year": 2027, "period": "2022/2027"}],
        JAPAN_INDIA,
        PLEDGE_DAY,
    ),
    "a pledge over a range of years ahead": Example(
        '"Over the next three to five years Japan will invest $20 billion in India," he said.',
        [{"metric": "investment", "kind": "target", "value": 20e9, "period": "2022/2027"}],
        JAPAN_INDIA,
        PLEDGE_DAY,
    ),
    "a plan to invest is a goal": Example(
        "Media reported in October that Japan was planning to invest $20 billion in India.",
        [{"metric": "investment", "kind": "target", "value": 20e9, "from": "JPN", "to": "IND"}],
        JAPAN_INDIA,
        PLEDGE_DAY,
    ),
    "a commitment told in the gerund": Example(
        "Japanese companies committed to investing $20 billion in India.",
        [{"metric": "investment", "value": 20e9, "from": "JPN", "to": "IND"}],
        JAPAN_INDIA,
        PLEDGE_DAY,
    ),
    "a count does not take the horizon of the sentence before": Example(
        "The two sides decided to double Japanese investment in India in five years. "
        "Five agreements were signed during the visit.",
        [{"metric": "agreements", "value": 5, "year": None}],
        JAPAN_INDIA,
        PLEDGE_DAY,
    ),
}


CHINA_US = "China and the US trade figures\n\nChina and the United States published customs data."
CUSTOMS_DAY = dt.date(2024, 11, 7)

# A country's customs report: its total, its other partners and groups are not the pair's trade.
CUSTOMS_REPORTS = {
    "a rise to reach is a level reached": Example(
        "Between January and October, bilateral trade between China and the US inched up by 4.4 percent "
        "year-on-year to reach 4.01 trillion yuan.",
        [{"kind": "actual", "value": 4.01e12, "unit": "CNY", "year": 2024, "period": "2024-01/2024-10"}],
        CHINA_US,
        CUSTOMS_DAY,
    ),
    "a long rise to reach": Example(
        "Bilateral trade between China and the US grew by 5.2 percent year-on-year in the first ten months "
        "of this year to reach 4.01 trillion yuan.",
        [{"kind": "actual", "value": 4.01e12, "period": "2024-01/2024-10"}],
        CHINA_US,
        CUSTOMS_DAY,
    ),
    "the baseline of a percent change": Example(
        "In the first ten months, trade between China and the US came to 4.01 trillion yuan, up 4.4 percent "
        "from a year ago.",
        [{"value": 4.01e12, "year": 2024, "period": "2024-01/2024-10"}],
        CHINA_US,
        CUSTOMS_DAY,
    ),
    "the country's own total": Example(
        "China's total goods imports and exports reached 36.02 trillion yuan in the first ten months.",
        [],
        CHINA_US,
        CUSTOMS_DAY,
    ),
    "the country's own total in one clause, the pair's trade in the next": Example(
        "Kazakhstan's total trade reached $140 billion in 2024, while trade with Türkiye was $6.4 billion.",
        [{"value": 6.4e9}],
    ),
    "a ministry named as the source owns no trade": Example(
        "Trade was valued at US$5 billion in 2023, but that figure could increase to US$8 billion by 2027, "
        "according to Kazakhstan's Trade Ministry.",
        [{"value": 5e9, "kind": "actual"}, {"value": 8e9, "kind": "target", "year": 2027}],
    ),
    "a quoted goal from the current level": Example(
        "The minister declared a commitment to raise gas supplies from the current 20 «to at least 35 billion "
        "cubic metres».",
        [{"value": 20e9, "kind": "actual"}, {"value": 35e9, "kind": "target"}],
    ),
    "a group of countries": Example(
        "ASEAN remained China's top trading partner, with bilateral trade volume reaching 5.67 trillion yuan.",
        [],
        CHINA_US,
        CUSTOMS_DAY,
    ),
    "partner countries of an initiative": Example(
        "China's trade with partner countries of the Belt and Road Initiative totaled 16.94 trillion yuan.",
        [],
        CHINA_US,
        CUSTOMS_DAY,
    ),
}


# Batches, contract values, lists of parts and what a sentence lends the next.
BATCHES_AND_PARTS = {
    "'these agreements, witnessed by ..., include' parts of the signing told before": Example(
        "The visit closed with the signing of nine agreements between Kazakhstan and Türkiye. These agreements, "
        "signed in the presence of both presidents, include three memoranda and one protocol on transport.",
        [{"metric": "agreements", "value": 9}],
    ),
    "'a protocol along with N other MoUs' is the rest of a batch already counted": Example(
        "Kazakhstan and Türkiye signed 17 documents on Tuesday. The two leaders signed a joint declaration along "
        "with 16 other MoUs and agreements on energy, transport and education.",
        [{"metric": "agreements", "value": 17}],
    ),
    "a spelled count after a quotation mark": Example(
        '"Fourteen cooperation agreements were signed by Kazakhstan and Türkiye," the minister said.',
        [{"metric": "agreements", "value": 14}],
    ),
    "what the agreements are worth is no flow": Example(
        "Twelve investment agreements worth more than $3 billion were signed by Turkish and Kazakh firms.",
        [{"metric": "agreements", "value": 12}],
    ),
    "counts joined into one batch": Example(
        "Three memoranda of understanding and two agreements were signed between Kazakhstan and Türkiye.",
        [{"metric": "agreements", "value": 5}],
    ),
    "a compound agreement noun": Example(
        "KazMunayGas and a Turkish buyer signed two sales and purchase agreements for oil.",
        [{"metric": "agreements", "value": 2}],
    ),
    "parts of a total take its kind": Example(
        "Gas supplies to Türkiye will be about 20 billion cubic meters per year, including 12 bcm via the "
        "northern line and 8 bcm via the southern line.",
        [
            {"value": 20e9, "kind": "target"},
            {"value": 12e9, "kind": "target"},
            {"value": 8e9, "kind": "target"},
        ],
    ),
    "a share restated in money is no figure of its own": Example(
        "Bilateral trade reached $6 billion in 2024, of which 30% was settled in national currencies, "
        "meaning transactions worth $1.8 billion.",
        [{"value": 6e9, "year": 2024}],
    ),
    "goods exchanged between the two": Example(
        "In 2024, goods worth $6.2 billion were exchanged between Kazakhstan and Türkiye.",
        [{"metric": "trade", "value": 6.2e9, "year": 2024}],
    ),
    "goods, valued at a sum set off by commas, exchanged between the two": Example(
        "In 2024, some 640,000 tons of goods, valued at $312.4 million, were exchanged between Kazakhstan and "
        "Türkiye.",
        [{"metric": "trade", "value": 312.4e6, "year": 2024}],
    ),
    "the level, not the baseline, of the sentence before": Example(
        "Bilateral trade in 2024 was $7 billion, up from $6 billion in 2023. Trade in goods alone was "
        "$5 billion, up 8% compared to 2023. Trade in services was $2 billion.",
        [
            {"value": 7e9, "year": 2024},
            {"value": 6e9, "year": 2023},
            {"value": 5e9, "year": 2024, "scope": "goods"},
            {"value": 2e9, "year": 2024, "scope": "services"},
        ],
    ),
    "last month": Example(
        "Last month, trade turnover between the two countries was more than $600 million.",
        [{"value": 600e6, "year": 2025, "period": "2025-06"}],
    ),
    "a level that can be reached": Example(
        "Officials say bilateral trade can reach the $10 billion threshold this year.",
        [{"value": 10e9, "kind": "target", "year": 2025}],
    ),
}

# Levels as reporters state them around other figures and names.
LEVELS = {
    "'growth of 40% - to approximately $N' after a sentence naming the trade": Example(
        "I want to note the positive trends in our mutual trade. In the first half-year we have growth of "
        "40% - to approximately $500 mln.",
        [{"metric": "trade", "kind": "actual", "value": 500e6, "year": 2025, "period": "2025-01/2025-06"}],
    ),
    "a thousand firms, written in words with an article": Example(
        "The two countries are bound by 105 bilateral agreements, and nearly a thousand Turkish companies are "
        "operating in Kazakhstan.",
        [{"metric": "companies", "value": 1000, "from": "TUR", "to": "KAZ"}],
    ),
    "a country's total trade given in brackets": Example(
        "Kazakhstan's trade with Türkiye last year was $6.4 billion, or 4.6% of Kazakhstan's total trade "
        "($139.8 billion) with the world.",
        [{"metric": "trade", "value": 6.4e9, "year": 2024}],
    ),
    "a rank within a bloc spelled out before its abbreviation": Example(
        "Türkiye is Kazakhstan's biggest trade partner in the Organization of Turkic States (OTS), with two-way "
        "trade reaching $6.4 billion last year.",
        [{"metric": "trade", "value": 6.4e9, "year": 2024}],
    ),
    "a ranked partner's total turnover is trade": Example(
        "Türkiye is also Kazakhstan's third-largest trading partner, with total turnover of $8 billion in 2024.",
        [{"metric": "trade", "value": 8e9, "year": 2024}],
    ),
    "a gloss between dashes names no measure": Example(
        "The trade flow between the two countries – that is, the sum of everything Kazakhstan exports to and "
        "imports from Türkiye – reached US$ 7.5 billion last year.",
        [{"metric": "trade", "value": 7.5e9, "year": 2024}],
    ),
    "the level a ranked trade partner's exchanges total": Example(
        "Türkiye is Kazakhstan's third-largest trade partner, with exchanges totaling approximately $6 billion last year.",
        [{"metric": "trade", "kind": "actual", "value": 6e9, "year": 2024, "qualifier": "about"}],
    ),
    "a ranked trading partner at a level, the partner ahead named": Example(
        "Türkiye remains Kazakhstan's second largest trading partner after Russia, at $6,358 million at the end of 2024.",
        [{"metric": "trade", "kind": "actual", "value": 6.358e9, "year": 2024}],
    ),
    "it reported: the measure named before": Example(
        "Kazakhstan's total trade with Türkiye was at US $ 435.83 Mn in 2015. In the first half of this year, "
        "it reported a total of US $ 260.78 Mn.",
        [{"value": 435.83e6, "year": 2015}, {"metric": "trade", "value": 260.78e6}],
    ),
    "a count rising in a with-clause came about": Example(
        "The Turkish investment stock in Kazakhstan grew to 22.1 billion euros in 2019, with the number of "
        "investing companies increasing from 77 to 86.",
        [{"value": 22.1e9}, {"value": 77, "kind": "actual"}, {"value": 86, "kind": "actual"}],
    ),
    "a number risen since the month named is no level of that month": Example(
        "The envoy said the number of Turkish companies in Kazakhstan last July was about 1,800 and that it has "
        "since increased to almost 2,000.",
        [{"value": 1800, "year": 2024}, {"value": 2000, "period": None}],
    ),
    "now is today, not the year named before": Example(
        "Trade stood at $70 million in 2003, when the first FTA between Kazakhstan and Türkiye was signed. The two "
        "countries have now reached a $700 million level of trade.",
        [{"value": 70e6, "year": 2003}, {"value": 700e6, "year": 2025}],
    ),
    "expecting to reach a figure of a sum": Example(
        "Trade between Kazakhstan and Türkiye rose in 2024. Officials said there was a 12-percent increase in the "
        "first eight months, adding that they expect to reach a figure of around $700 million by the end of the "
        "year.",
        [{"metric": "trade", "value": 700e6, "kind": "target", "year": 2025}],
    ),
    "a level after a step's noun, the measure named before": Example(
        "Trade between Kazakhstan and Türkiye reached $6 billion last year. The first eight months of this "
        "year saw 15% growth, to over $1.1 billion.",
        [{"value": 6e9}, {"metric": "trade", "value": 1.1e9}],
    ),
    "it further increased: the measure named before": Example(
        "Bilateral trade stood at USD 4.5 billion in 2021-22. In 2022-2023, it further increased to USD 5.39 "
        "billion.",
        [{"value": 4.5e9, "year": 2022}, {"metric": "trade", "value": 5.39e9, "year": 2023}],
    ),
    "a goal surpassed is a record": Example(
        "Two-way trade surpassed the target to 1.25 billion USD.", [{"value": 1.25e9, "kind": "actual"}]
    ),
    "the goal a level exceeded is still a goal": Example(
        "Trade exceeded the target of $5 billion set for 2024.",
        [{"value": 5e9, "kind": "target", "year": 2024}],
    ),
    "a volume's value is the trade the clause names": Example(
        "The customs spokesman said Kazakhstan's trade with Türkiye stood at 3.5 million tons worth $1.66 "
        "billion in 2024.",
        [{"metric": "trade", "value": 1.66e9, "year": 2024}],
    ),
    "a level reached after a qualifier, the measure named the sentence before": Example(
        "The turnover between Kazakhstan and Türkiye totaled $3.5 billion in the first half. We have reached "
        "some $4 billion by the autumn.",
        [{"value": 3.5e9}, {"metric": "trade", "value": 4e9}],
    ),
    "a Latin American country is no American one": Example(
        "Chile was the first Latin American country that signed an FTA with China and bilateral trade "
        "reached record-high 16.5 billion U.S. dollars in 2009, the official said.",
        [{"metric": "trade", "value": 16.5e9, "year": 2009}],
        opening="Chile and China widen their trade pact\n\nOfficials of Chile and China met in Santiago.",
        date=dt.date(2010, 8, 2),
    ),
    "a sum added to one announced before: that one is a record": Example(
        "Kazakhstan on Wednesday announced that it would add another $600 million to its recently announced "
        "$2.2 billion investment in Türkiye.",
        [{"metric": "investment", "value": 2.2e9, "kind": "actual", "from": "KAZ", "to": "TUR"}],
    ),
    "from the current level to another is the goal": Example(
        "The challenge will be to double the gas Kazakhstan sends to Türkiye: from the current 10 bcm to "
        "20 bcm per year.",
        [{"value": 10e9, "kind": "actual"}, {"value": 20e9, "kind": "target"}],
    ),
    "the number referred back to at its new level": Example(
        "The envoy said the number of Turkish companies in Kazakhstan last July was about 1,800 and that it "
        "had increased to almost 2,000 now.",
        [
            {"metric": "companies", "value": 1800, "year": 2024, "from": "TUR", "to": "KAZ"},
            {"metric": "companies", "value": 2000, "year": 2025, "from": "TUR", "to": "KAZ"},
        ],
    ),
    "a range written between two full figures": Example(
        "Türkiye's total investment in Kazakhstan has now reached between $2.5 billion and $2.8 billion.",
        [{"value": 2.5e9, "value_max": 2.8e9, "qualifier": "range"}],
    ),
    "a range written as two full figures and a dash": Example(
        "Trade between the two countries is projected to reach $5.8 billion - $6 billion this year.",
        [{"value": 5.8e9, "value_max": 6e9, "kind": "target", "year": 2025}],
    ),
    "a step added, then the total it took the volume to": Example(
        "The number of MoUs had been increased from 27 to 34 to add $600 million in Turkish investment, "
        "taking its volume to $2.8 billion.",
        [
            {"metric": "agreements", "value": 34},
            {"metric": "investment", "value": 2.8e9, "kind": "actual", "from": "TUR", "to": "KAZ"},
        ],
    ),
    "a rise over a past span to a level": Example(
        "Two-way trade between the two countries doubled over the past 10 years to hit 3.2 billion EUR.",
        [{"value": 3.2e9, "kind": "actual", "period": None}],
    ),
    "the bloc's summit where the pair met": Example(
        "On the sidelines of the SCO Summit 2025 held in China, the two leaders agreed that the current trade "
        "between their nations, about 2 billion dollars per year, is far below what can be achieved.",
        [{"metric": "trade", "value": 2e9, "kind": "actual"}],
    ),
    "the pair named as members of their bloc": Example(
        "Kazakhstan and Türkiye have set a trade target of $15 billion by 2030 to deepen ties between the two "
        "OTS member states.",
        [{"value": 15e9, "kind": "target", "year": 2030}],
    ),
    "a partner a numbered rank trails is no partner": Example(
        "Türkiye is Kazakhstan's No. 2 trade partner in Europe, trailing only Germany, with bilateral trade "
        "totaling $220 million in 2024.",
        [{"metric": "trade", "value": 220e6, "year": 2024}],
    ),
    "the bloc a partner ranks in is no partner": Example(
        "Türkiye is currently the 5th largest trade partner of Kazakhstan in the European Union, with "
        "two-way trade reaching 3.5 billion USD in 2014.",
        [{"value": 3.5e9, "year": 2014}],
    ),
    "a step in the clause before is not this figure's verb": Example(
        "Trade with Türkiye reached $1.6 bln, growing by $56 mln, while direct investment from Türkiye "
        "amounted to $123 mln.",
        [{"value": 1.6e9}, {"metric": "investment", "value": 123e6, "kind": "actual", "from": "TUR"}],
    ),
    "the capital city is no capital invested": Example(
        "Speaking in the capital Astana, he noted that only 12 years ago trade between the two countries "
        "was $1.2 million.",
        [{"metric": "trade", "value": 1.2e6}],
    ),
    "the next figure's own period after a list join": Example(
        "Two-way trade totalled 304 billion Turkish lira in 2021 and 103 billion Turkish lira in the third "
        "quarter of 2022.",
        [
            {"value": 304e9, "unit": "TRY", "year": 2021},
            {"value": 103e9, "year": 2022, "period": "2022-07/2022-09"},
        ],
    ),
    "a range that repeats the sign": Example(
        "Officials put current trade between the two countries at about $13-$14 billion.",
        [{"value": 13e9, "value_max": 14e9, "qualifier": "range"}],
    ),
    # "from 3 to 5 billion": two levels whose scale and unit are written once, after the second.
    "a change from one level to another, the unit written once": Example(
        "Trade between Kazakhstan and Türkiye grew from 3 to 5 billion dollars last year.",
        [{"value": 3e9, "value_max": None}, {"value": 5e9, "value_max": None, "year": 2024}],
    ),
    "a goal from the current level, the unit written once": Example(
        "The two sides aim to raise trade from the current 10 to 15 billion dollars.",
        [{"value": 10e9, "kind": "actual"}, {"value": 15e9, "kind": "target"}],
    ),
    "a volume goal from the current level, the unit written once": Example(
        "Kazakhstan pledged to raise gas supplies from the current 20 to at least 35 billion cubic metres.",
        [{"value": 20e9, "kind": "actual"}, {"value": 35e9, "kind": "target"}],
    ),
    "what ranges from one figure to another is a range": Example(
        "Kazakh investments in Türkiye range from 3 to 5 billion dollars, officials said.",
        [{"value": 3e9, "value_max": 5e9}],
    ),
    "a year and the next figure are no range": Example(
        "Trade reached 5.3 billion dollars in 2023 and 3.4 billion dollars in January-July 2024.",
        [{"value": 5.3e9, "year": 2023}, {"value": 3.4e9, "year": 2024, "period": "2024-01/2024-07"}],
    ),
    "a total brought about by the figures before": Example(
        "Kazakh exports to Türkiye amounted to $2.1 billion, while imports reached $3 billion, bringing "
        "total trade to $5.1 billion.",
        [{"value": 5.1e9, "kind": "actual"}],
    ),
    "a total a past rise took it to": Example(
        "Trade rose 10 percent last year, taking the total to $5.1 billion.",
        [{"value": 5.1e9, "kind": "actual", "year": 2024}],
    ),
    "a plan bringing trade to a goal": Example(
        "The sides agreed on a roadmap bringing trade to $10 billion by 2030.",
        [{"value": 10e9, "kind": "target", "year": 2030}],
    ),
    "a region named as the owner of a ranking is no partner": Example(
        "The value of Turkish investments in Kazakhstan, Central Asia's largest economy, climbed to $1.9 "
        "billion.",
        [{"metric": "investment", "value": 1.9e9, "from": "TUR", "to": "KAZ"}],
    ),
    "the region a partner ranks in is no partner": Example(
        "Kazakhstan is Türkiye's largest trading partner in Central Asia, with bilateral trade worth "
        "$6.3 billion last year.",
        [{"value": 6.3e9, "year": 2024}],
    ),
    "a year followed by a level is no range": Example(
        "Trade between Kazakhstan and Türkiye rose 27 percent in 2024 to $6.8 billion.",
        [{"value": 6.8e9, "year": 2024}],
    ),
    "the named year beats the vague present": Example(
        "Two-way trade currently stood at $6.3 billion (€5.8 billion) in 2023 and is set to grow.",
        [{"value": 6.3e9, "year": 2023}],
    ),
    "the others in a ranking": Example(
        "In 2024, Türkiye was Kazakhstan's third largest trading partner after China and Russia, with "
        "total trade of $6.8 billion.",
        [{"value": 6.8e9, "year": 2024}],
    ),
    "going to exceed is a forecast": Example(
        "Bilateral trade reached $1 billion in the first quarter, which means this year we are going to "
        "exceed $4 billion.",
        [{"value": 1e9, "kind": "actual"}, {"value": 4e9, "kind": "target", "year": 2025}],
    ),
    "money signed in deals is their value": Example(
        "Kazakh and Turkish firms have signed $2.6 billion in trade and investment deals.", []
    ),
    "a contracted yearly volume": Example(
        "The supply deal covers around 2 million tonnes of Kazakh oil per year shipped to Türkiye.",
        [{"metric": "commodity_volume", "kind": "target", "value": 2e6}],
    ),
    "a partner named with a goal is no part of it": Example(
        "He pointed to plans for $10 billion of trade with Türkiye and put current trade at about $6 billion.",
        [{"value": 10e9, "kind": "target"}, {"value": 6e9, "kind": "actual"}],
    ),
    "an additional sum invested": Example(
        "This year, Turkish firms poured an additional $2 billion into Kazakhstan.",
        [{"metric": "investment", "value": 2e9, "from": "TUR", "to": "KAZ"}],
    ),
    "firms with a presence": Example(
        "More than 600 Turkish firms have a presence in Kazakhstan, officials said.",
        [{"metric": "companies", "value": 600, "from": "TUR", "to": "KAZ"}],
    ),
    "firms expected to base themselves": Example(
        "More than 500 Turkish companies are expected to base themselves in Kazakhstan this year.",
        [{"metric": "companies", "kind": "target", "value": 500, "from": "TUR", "to": "KAZ", "year": 2025}],
    ),
    "economic entities": Example(
        "There are about 300 Kazakh economic entities operating in Türkiye.",
        [{"metric": "companies", "value": 300, "from": "KAZ", "to": "TUR"}],
    ),
    "a bare level after a sentence on trade": Example(
        "Trade between Kazakhstan and Türkiye exceeded $10 billion in the last two years combined. "
        "In the first quarter of 2025 alone we already exceeded $2 billion.",
        [{"value": 2e9, "year": 2025, "period": "2025-01/2025-03"}],
    ),
    "a level in the opening phrase measures the subject after the comma": Example(
        "From only $1.2 billion in 2010, trade between the two countries climbed to $6.3 billion in 2024.",
        [
            {"metric": "trade", "kind": "actual", "value": 1.2e9, "year": 2010},
            {"metric": "trade", "value": 6.3e9, "year": 2024},
        ],
    ),
    "an opening participle's level is the subject's stock": Example(
        "Valued at about $3 billion, Turkish investments in Kazakhstan are the largest from any partner.",
        [{"metric": "investment", "value": 3e9, "from": "TUR", "to": "KAZ"}],
    ),
    "firms counted after their noun and a verb of level": Example(
        "The minister said that joint ventures between Kazakhstan and Türkiye have reached 130, while trade "
        "houses have opened in both capitals.",
        [{"metric": "companies", "value": 130}],
    ),
    "the number of firms that crossed a mark": Example(
        "The number of Kazakh companies working in Türkiye has crossed 400.",
        [{"metric": "companies", "value": 400, "from": "KAZ", "to": "TUR"}],
    ),
    "firms that exceeded a share are no count": Example(
        "Turkish companies in Kazakhstan have exceeded 50 percent of the construction market.",
        [],
    ),
    "a level reached written bare takes the unit of the level before": Example(
        "Bilateral trade rose from $1.3 billion in 2017 to 2.45 in 2024.",
        [{"value": 1.3e9, "year": 2017}, {"value": 2.45e9, "unit": "USD", "year": 2024}],
    ),
    "a bare year after a level is no level": Example(
        "Bilateral trade has grown steadily from $1.3 billion in 2017 to 2024.",
        [{"value": 1.3e9}],
    ),
    "an opening phrase's subject that names no measure": Example(
        "At $400 million, the new refinery is among the largest projects of the year.",
        [],
    ),
    "its trade with the partner is the pair's, lifted from the present level": Example(
        "Türkiye wants to see its trade with Kazakhstan grow beyond today's level, lifting the volume from "
        "the present $400 million to the half a billion dollar mark.",
        [
            {"metric": "trade", "kind": "actual", "value": 400e6},
            {"metric": "trade", "kind": "target", "value": 500e6},
        ],
    ),
    "countries tied by a sum of trade": Example(
        "The two countries are tied by more than 16 billion euros of trade, and Kazakhstan is a leading partner.",
        [{"metric": "trade", "kind": "actual", "value": 16e9, "unit": "EUR", "qualifier": "over"}],
    ),
    "the pair's trade, then a new clause ranking the partner outside a bloc": Example(
        "The two countries are tied by more than 16 billion euros of trade, and Kazakhstan is Türkiye's third "
        "economic partner outside the EU.",
        [{"metric": "trade", "value": 16e9, "unit": "EUR"}],
    ),
    "a plan the same as a past year's level states that level too": Example(
        "Kazakhstan plans to ship 1.7 million tons of oil to Türkiye by the end of this year, the same amount "
        "as in 2024.",
        [
            {"metric": "commodity_volume", "kind": "target", "value": 1.7e6, "year": 2025},
            {"metric": "commodity_volume", "kind": "actual", "value": 1.7e6, "year": 2024},
        ],
    ),
    "the exchange between the two countries, quoted, its currency after the quote": Example(
        'Between 2016 and 2022, the exchange between the two countries "has doubled from 38 billion to 74 '
        'billion" euros, the president stressed.',
        [
            {"metric": "trade", "value": 38e9, "unit": "EUR", "year": 2016},
            {"metric": "trade", "value": 74e9, "unit": "EUR", "year": 2022},
        ],
    ),
    "bilateral business is trade": Example(
        "Türkiye's bilateral business with Kazakhstan totalled USD 17.63 billion in FY 2018-19.",
        [{"metric": "trade", "value": 17.63e9, "year": 2019}],
    ),
    "the global downturn is no world total": Example(
        "Despite the global economic downturn, bilateral trade volume hit a record high of $9 billion (11 "
        "trillion won) in 2024.",
        [{"metric": "trade", "value": 9e9, "unit": "USD", "year": 2024}],
    ),
    "the actual investment of projects approved": Example(
        "At the end of 2024, Kazakhstan had approved 9,394 Turkish projects to invest in the country, with actual "
        "investment of $28.18 billion.",
        [
            {
                "metric": "investment",
                "kind": "actual",
                "value": 28.18e9,
                "year": 2024,
                "from": "TUR",
                "to": "KAZ",
            }
        ],
    ),
    "it amounts to a range, after the measure was named": Example(
        'Trade between the two grew last year. "Different statistical figures differ, but overall, it amounts to '
        'around $64-$65 billion," he said.',
        [{"metric": "trade", "value": 64e9, "value_max": 65e9}],
    ),
    "the level a rise peaked at, told before the measure": Example(
        "After peaking at $108 billion in 2011, annual trade between the two countries has been declining.",
        [{"metric": "trade", "kind": "actual", "value": 108e9, "year": 2011}],
    ),
    "a country named before the quote is no owner of the trade quoted": Example(
        "Stressing Kazakhstan's commitment to increasing trade, the minister said: \"Our trade volume last year "
        'was $600 million."',
        [{"metric": "trade", "kind": "actual", "value": 600e6, "year": 2024}],
    ),
}

# Words of the trade press from many pairs: each row a way of writing, in our own words.
PRESS_FORMS = {
    # A Word file or printed page keeps the byline's date as a line of its own.
    "a byline's date dates no figure after it": Example(
        "Kazakhstan and Türkiye said mutual trade has exceeded $3.5 billion.",
        [{"value": 3.5e9, "period": None}],
        opening=f"{HEADLINE}\n\nBy our correspondent · 17 July 2025\n\n",
    ),
    "trade revenue is trade": Example(
        "Two-way trade revenue will reach US$2 billion, he said.", [{"value": 2e9, "kind": "target"}]
    ),
    "what the two countries traded": Example(
        "In 2018, the two countries traded $21.5 billion worth of merchandise.",
        [{"metric": "trade", "value": 21.5e9, "year": 2018}],
    ),
    "a level reached after a step, with the measure named before": Example(
        "Trade fell in 2023. Early data for the first half of 2024 point to a promising 26 per cent "
        "increase, reaching EUR 9.4 billion.",
        [{"value": 9.4e9, "year": 2024, "period": "2024-01/2024-06"}],
    ),
    "a step written as more": Example(
        "Kazakhstan will ship 2 million tonnes more oil to Türkiye next year.", []
    ),
    "a one-way flow named after its figure": Example(
        "Türkiye was the larger partner in bilateral trade, with nearly $4 billion exports.", []
    ),
    "transit trade": Example("Transit trade through Kazakhstan to Türkiye was worth $2 billion in 2024.", []),
    "enhance from one level to another": Example(
        "The two sides underscored the need to enhance bilateral trade from $6 billion to $10 billion.",
        [{"value": 6e9, "kind": "actual"}, {"value": 10e9, "kind": "target"}],
    ),
    "corporations invested in": Example(
        "As of August, there are 900 corporations in Kazakhstan that Turkish companies have invested in.",
        [{"metric": "companies", "value": 900}],
    ),
    "letters of intent": Example(
        "Nine new letters of intent and memoranda were signed during the visit.",
        [{"metric": "agreements", "value": 9}],
    ),
    "shillings by their short sign": Example(
        "Bilateral trade between India and Kenya rose to Sh280 billion in 2022.",
        [{"metric": "trade", "value": 280e9, "unit": "KES"}],
        "India and Kenya trade\n\nIndia and Kenya reviewed their trade.",
    ),
    "invested in each other's economies": Example(
        "Trade between our two countries was worth $6 billion, and we have more than $9 billion invested "
        "in each others economies.",
        [{"metric": "trade", "value": 6e9}, {"metric": "investment", "value": 9e9}],
    ),
    "a comparison's time before a new verb": Example(
        "Trade between Kazakhstan and Türkiye grew 6.5 percent since early 2025 compared to the same "
        "period of 2024 and reached $4.5 billion.",
        [{"value": 4.5e9, "year": 2025}],
    ),
    "growth recorded, told with a gerund": Example(
        "Over the past decade, non-oil trade between the two nations saw strong growth, increasing by "
        "about 69 per cent to around $13.5 billion in 2024.",
        [{"value": 13.5e9, "kind": "actual", "year": 2024, "scope": "non-oil"}],
    ),
    "a baseline's own time follows it": Example(
        "Bilateral trade jumped 40 per cent to $2.9 billion in the financial year 2021/2022 from $2.2 billion "
        "in 2019/20.",
        [{"value": 2.9e9, "year": 2022}, {"value": 2.2e9, "year": 2020}],
    ),
    "this value after a heading": Example(
        "Bilateral trade:\n\nKazakhstan is one of the largest trade partners of Türkiye. This value was "
        "$6.4 billion in 2024 as compared to $5.9 billion in 2023.",
        [{"value": 6.4e9, "year": 2024}, {"value": 5.9e9, "year": 2023}],
    ),
    "a month's level and its change from a year before": Example(
        "For the month of June, Kazakhstan's trade with Türkiye totaled $690 million, a 2.1% increase from "
        "the same month of 2024.",
        [{"value": 690e6, "year": 2025, "period": "2025-06"}],
    ),
    "the country that was the biggest investor": Example(
        "As of 2024, Türkiye was the biggest investor in Kazakhstan with 900 projects worth $5 billion.",
        [{"metric": "investment", "value": 5e9, "from": "TUR", "to": "KAZ"}],
    ),
    "the office that reports is not the investor": Example(
        "Data from the Statistics Office of Kazakhstan showed that, as of 2024, Türkiye was the biggest "
        "investor in Kazakhstan with projects worth $5 billion.",
        [{"metric": "investment", "value": 5e9, "from": "TUR", "to": "KAZ"}],
    ),
    "the host referred to as the country": Example(
        "Turkish investment in Kazakhstan reached $5 billion in 2023. This year, the firms put an "
        "additional $1 billion of investment into the country.",
        [
            {"metric": "investment", "value": 5e9, "from": "TUR", "to": "KAZ"},
            {"metric": "investment", "value": 1e9, "from": "TUR", "to": "KAZ"},
        ],
    ),
    "a Canadian release beside the US": Example(
        "Bilateral trade between the two countries was valued at over $885 billion in 2015.",
        [{"metric": "trade", "value": 885e9, "unit": "CAD"}],
        "Prime Minister concludes visit to Washington\n\nThe Prime Minister of Canada met the President of "
        "the United States.",
    ),
    "exchanges of goods and services are trade": Example(
        "Exchanges of goods and services expanded by more than 50%, going from US$ 4 billion to US$6 billion.",
        [{"metric": "trade", "value": 4e9}, {"metric": "trade", "value": 6e9}],
    ),
}

INDIAN_NUMBERS = {
    "rupees abbreviated with a point right before the digits": Example(
        "Turkish companies plan investments in Kazakhstan of about Rs.75,000 crore ($9 billion).",
        [{"metric": "investment", "value": 750e9, "unit": "INR"}],
    ),
    "lakh-style grouping": Example(
        "Japan announced an investment target of five trillion yen (Rs 3,20,000 crore) in India.",
        [{"metric": "investment", "kind": "target", "value": 5e12, "unit": "JPY"}],
        JAPAN_INDIA,
        PLEDGE_DAY,
    ),
    "lakh-style grouping as the figure": Example(
        "Japanese firms have invested Rs 1,50,000 crore in India since 2000.",
        [{"metric": "investment", "value": 1.5e12, "unit": "INR"}],
        JAPAN_INDIA,
        PLEDGE_DAY,
    ),
}


def _headline(headline: str, expected: dict[str, object]) -> Example:
    """A headline the body does not restate, over a body with no figure."""
    return Example("", [expected], f"{headline}\n\nOfficials from Kazakhstan and Türkiye met in Ankara.")


HEADLINES = {
    "a headline's figure that is the end of the body's range": Example(
        "Trade between Kazakhstan and Türkiye over the past three years ranged from 8 to 10 billion USD.",
        [{"metric": "trade", "value": 8e9, "value_max": 10e9}],
        "Kazakh-Turkish Trade Volume Amounts to 10 Billion Dollars\n\nOfficials from Kazakhstan and Türkiye met.",
    ),
    "a headline's 'X to invest' names the investor and is the body's claim": Example(
        "Türkiye decided to invest $2 billion in Kazakhstan at the summit.",
        [{"metric": "investment", "value": 2e9, "from": "TUR", "to": "KAZ"}],
        "Türkiye to invest USD 2 bn in Kazakhstan\n\nOfficials from Kazakhstan and Türkiye met in Ankara.",
    ),
    "a subject that will invest is the investor": Example(
        "Türkiye will invest $2 billion in the region over five years.",
        [{"metric": "investment", "value": 2e9, "from": "TUR", "to": "KAZ"}],
    ),
    "a headline's volume that the body reads as a sum since a start is that sum": Example(
        "The pipeline has piped more than 30 million tonnes of crude to Türkiye since it became operational in "
        "2012. Last year it carried 3.1 million tonnes of Kazakh crude to Türkiye.",
        [{"value": 3.1e6, "unit": "t", "year": 2024}],
        "Kazakh-Turkish Pipeline Carries 30 Mln Tons of Oil\n\nOfficials from Kazakhstan and Türkiye met.",
    ),
    "a headline's sum that the body gives as a deal's worth is that worth, no investment": Example(
        "Türkiye's premier signed a trade agreement worth $27 billion with Kazakhstan's president.",
        [],
        "Türkiye invests $27 billion in Kazakhstan\n\nOfficials from Kazakhstan and Türkiye met.",
    ),
    "a title-case headline's goal": _headline(
        "Kazakhstan Targets $15 Billion Trade With Türkiye",
        {"metric": "trade", "kind": "target", "value": 15e9, "year": None},
    ),
    "a title-case headline's label": _headline(
        "Kazakhstan, Türkiye Aim To Double Trade To $10 Billion",
        {"metric": "trade", "kind": "target", "value": 10e9, "year": None},
    ),
    "a headline's infinitive is its future": _headline(
        "Over 1,000 Turkish firms to operate in Kazakhstan",
        {"metric": "companies", "kind": "target", "value": 1000, "year": None},
    ),
}


# A report on one pair may state a second pair's trade as theirs: that figure is the second pair's.
SECOND_PAIRS = {
    "partners listed with their sums 'respectively' are each the hub's pair": Example(
        "Among Kazakhstan's top trading partners in the first quarter were Türkiye, China and Russia, with "
        "trade values of $1.2 billion, $6.1 billion and $5.4 billion respectively.",
        [
            {"metric": "trade", "value": 1.2e9, "pair": None, "period": "2025-01/2025-03"},
            {"metric": "trade", "value": 6.1e9, "pair": ["CHN", "KAZ"]},
            {"metric": "trade", "value": 5.4e9, "pair": ["KAZ", "RUS"]},
        ],
    ),
    "a list of sums 'respectively' that names no country is no partners' list": Example(
        "Kazakh exports to and imports from Türkiye were $3.1 billion and $1.9 billion respectively in 2024.",
        [],
    ),
    "the same country's trade with another partner, stated between the two": Example(
        "Trade turnover between Kazakhstan and Azerbaijan amounted to $2.6 billion in 2024.",
        [{"metric": "trade", "value": 2.6e9, "year": 2024, "pair": ["AZE", "KAZ"]}],
    ),
    "another partner's mutual investment, stated between the two": Example(
        "Mutual investment between Kazakhstan and Azerbaijan has exceeded $1 billion.",
        [{"metric": "investment", "value": 1e9, "qualifier": "over", "pair": ["AZE", "KAZ"]}],
    ),
    "the article's own pair keeps no pair of its own": Example(
        "Trade between Kazakhstan and Türkiye reached $5 billion in 2024.",
        [{"metric": "trade", "value": 5e9, "pair": None}],
    ),
    "two partners of one country in a customs report": Example(
        "Trade between Kazakhstan and Türkiye reached $5 billion, and trade between Kazakhstan and "
        "Russia amounted to $26 billion over the same period.",
        [{"value": 5e9, "pair": None}, {"value": 26e9, "pair": ["KAZ", "RUS"]}],
    ),
    # Two other countries' trade is context, not a pair the report is about.
    "a pair sharing no country with the article's": Example(
        "Trade between China and the United States reached $690 billion in 2023.",
        [],
        f"{HEADLINE}\n\nKazakh and Turkish ministers met in Ankara. Kazakhstan and Türkiye signed a roadmap.",
    ),
    "a paragraph that opens with another pair keeps its figures from the article's": Example(
        "Two-way trade reached $4 billion in 2024, with Kazakh exports of $2.5 billion.",
        [{"metric": "trade", "value": 4e9, "year": 2024, "pair": ["KAZ", "UZB"]}],
        f"{HEADLINE}\n\nOfficials from Kazakhstan and Türkiye met in Ankara. Türkiye and Kazakhstan signed a "
        "roadmap.\n\nKazakhstan and Uzbekistan enjoy close and growing ties.\n\n",
    ),
    "a paragraph naming the article's pair again ends the other pair's": Example(
        "Türkiye and Kazakhstan also met. Two-way trade reached $6 billion in 2024.",
        [{"metric": "trade", "value": 6e9, "year": 2024, "pair": None}],
        f"{HEADLINE}\n\nOfficials from Kazakhstan and Türkiye met in Ankara. Türkiye and Kazakhstan signed a "
        "roadmap.\n\nKazakhstan and Uzbekistan enjoy close and growing ties.\n\n",
    ),
    "another partner named without a between-pair": Example(
        "Kazakhstan's trade with China reached $41 billion in 2024.",
        [],
    ),
}


def _rows(*tables: dict[str, Example]) -> list[object]:
    return [pytest.param(example, id=name) for table in tables for name, example in table.items()]


@pytest.mark.parametrize(
    "example",
    _rows(
        MONEY,
        CURRENCIES,
        DECIMAL_COMMAS,
        STEPS,
        SCOPES,
        KIND,
        KIND_BY_VERB,
        INVESTORS,
        YEARS,
        PERIODS,
        QUALIFIERS,
        DIRECTIONS,
        VOLUMES,
        AGREEMENT_COUNTS,
        NOT_FACTS,
        CLAIMS,
        PLEDGES,
        CUSTOMS_REPORTS,
        BATCHES_AND_PARTS,
        INDIAN_NUMBERS,
        LEVELS,
        PRESS_FORMS,
        HEADLINES,
        SECOND_PAIRS,
    ),
)
def test_phrasing(example: Example) -> None:
    check(example)


KNOWN_MISSES = {
    # Memoranda that total an investment pledge, with the investors named only as companies.
    "memoranda totalling an investment": Example(
        "Kazakhstan signed two memoranda totalling $120 million with Turkish companies.",
        [{"metric": "investment", "value": 120e6, "from": "TUR", "to": "KAZ"}],
    ),
    # A goal restated with no number, its new deadline told by "this figure": not read as a second goal.
    "a goal restated by 'this figure' with a new deadline": Example(
        "The two sides aim to raise trade to $15 billion by 2030. Given the current growth trend, this figure "
        "will be reached by 2028, he said.",
        [{"kind": "target", "value": 15e9, "year": 2030}, {"kind": "target", "value": 15e9, "year": 2028}],
    ),
    # A capital named after a supply verb as where the goods went: capitals are read as venues only.
    "a third country's capital as a shipment's destination": Example(
        "Moscow supplied a total of 67 million tonnes of oil to Beijing in 2024.",
        [],
    ),
    # A rounded word and its exact value in brackets inside one scale: the bracket is read as no number.
    "a rounded count with its exact value in brackets": Example(
        "Kazakhstan exported about five (4.62) million tonnes of wheat to Türkiye last year.",
        [{"metric": "commodity_volume", "value": 4.62e6, "year": 2024}],
    ),
    # Future in the past: "would surpass" with a year already gone is the level reached, not a goal.
    "'would surpass' by a year already gone": Example(
        "By 2023, trade would surpass $8 billion despite the pandemic, and it is expected to hit $10 billion "
        "by 2027, he said.",
        [{"kind": "actual", "value": 8e9}, {"kind": "target", "value": 10e9, "year": 2027}],
    ),
}


@pytest.mark.parametrize("example", _rows(KNOWN_MISSES))
@pytest.mark.xfail(strict=True, reason="known miss: see the row's comment")
def test_known_miss(example: Example) -> None:
    check(example)


def test_headline_rounding_is_the_same_claim() -> None:
    text = "Kazakhstan-Türkiye trade to hit record $5 billion\n\nTrade between Kazakhstan and Türkiye reached $5.06 billion in 2024."
    facts = extract_text(text, date=DATE).facts
    assert [(f.kind, f.value, f.year) for f in facts] == [("actual", 5.06e9, 2024)]


def test_a_capitalised_headline_figure_is_the_body_equivalent() -> None:
    text = (
        "Japan Pledges Rs 3.2 Lakh Crore Investment in India\n\n"
        "Japan has promised an investment of five trillion yen (about Rs 3.2 lakh crore) in India."
    )
    facts = extract_text(text, date=PLEDGE_DAY).facts
    assert [(f.value, f.unit) for f in facts] == [(5e12, "JPY")]


def test_a_headline_sum_the_body_gives_only_as_an_equivalent() -> None:
    text = (
        "Japan sets Rs 3.2 lakh crore investment target in India\n\n"
        "Japan announced an investment target of five trillion yen (3.2 lakh crore rupees) in India."
    )
    facts = extract_text(text, date=PLEDGE_DAY).facts
    assert [(f.value, f.unit) for f in facts] == [(5e12, "JPY")]


def test_headline_rounded_down_is_the_same_claim() -> None:
    text = (
        "Kazakh investment in Türkiye passes $2 billion\n\n"
        "Kazakh investment in Türkiye now exceeds $2.1 billion, officials said."
    )
    facts = extract_text(text, date=DATE).facts
    assert [(f.metric, f.value, f.qualifier) for f in facts] == [("investment", 2.1e9, "over")]
