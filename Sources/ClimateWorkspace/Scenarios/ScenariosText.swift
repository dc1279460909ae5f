import Kernel

/// Texts of a city's scenarios and their comparison.
package enum ScenariosText: String, BilingualCatalogue {
    case recordScenario, tab, title, lead, none, caption
    case name, description, isPublic, publicHint, visibility, publicBadge, privateBadge
    case columnScenario, columnPlanned, columnGap, columnProbability, columnCapex, plan, planLead
    case compareTitle, compareDesc, targetLine, bauLine
    case addTitle, add, editTitle, save, delete, openData
    case changesTitle, changesNone, changeOff, changeYears, changeEffect, changeGrowth
    case actionsTitle, actionsLead, actionsCaption, columnAction, columnIn, columnStart, columnFull, columnMin, columnMode, columnMax
    case inScenario, startOf, fullOf, minOf, modeOf, maxOf
    case growthTitle, growthLead, growthCaption, columnGPC, columnRate, columnRateMin, columnRateMax, rateOf, rateMinOf, rateMaxOf
    case newGPC, newRate, rowProblem, percentRange, growthRange, order, years, modelProblem
    case notComputed, apiLink
    case whatIfTitle, whatIfLead, whatIfChart, whatIfDesc, whatIfLine, inPlan, whatIfActions, whatIfCaption
    case whatIfOn, whatIfDelay, whatIfOnOf, whatIfDelayOf, whatIfNoDelay, whatIfYears, whatIfSubmit, whatIfReset

    package var slovenian: Message {
        switch self {
        case .recordScenario: .text("Scenarij")
        case .tab: .text("Scenariji")
        case .title: .text("Scenariji {cityOf}")
        case .lead:
            .text(
                "Kaj če bi mesto kakšen ukrep opustilo, ga zamaknilo ali mu pripisalo drugačen učinek? Scenarij je kopija sprejetega načrta z vašimi spremembami; sprejetih ukrepov ne spremeni in sledi vsaki kasnejši spremembi načrta."
            )
        case .none: .text("Mesto še nima scenarijev.")
        case .caption: .text("Scenariji v ciljnem letu {year} ob sprejetem načrtu")
        case .name: .text("Ime scenarija")
        case .description: .text("Opis")
        case .isPublic: .text("Javen scenarij")
        case .publicHint: .text("Javnega vidijo vsi obiskovalci; drugače le ekipa mesta.")
        case .visibility: .text("Vidnost")
        case .publicBadge: .text("javen")
        case .privateBadge: .text("le za ekipo mesta")
        case .columnScenario: .text("Scenarij")
        case .columnPlanned: .text("Načrtovano {year}")
        case .columnGap: .text("Vrzel {year}")
        case .columnProbability: .text("Verjetnost cilja")
        case .columnCapex: .text("Naložbe ukrepov")
        case .plan: .text("Sprejeti načrt")
        case .planLead: .text("ukrepi mesta, kot so sprejeti")
        case .compareTitle: .text("Poti scenarijev {cityOf}")
        case .compareDesc:
            .text("Bruto izpusti vsakega scenarija in sprejetega načrta od {first} do {last} ob ciljni črti in poti brez ukrepov.")
        case .targetLine: .text("ciljna pot")
        case .bauLine: .text("brez ukrepov")
        case .addTitle: .text("Nov scenarij")
        case .add: .text("Ustvari scenarij")
        case .editTitle: .text("Uredi scenarij")
        case .save: .text("Shrani scenarij")
        case .delete: .text("Izbriši scenarij")
        case .openData: .text("Scenariji kot JSON")
        case .changesTitle: .text("Kaj se razlikuje od načrta")
        case .changesNone: .text("Nič: scenarij je enak sprejetemu načrtu. Spremembe vnesete spodaj.")
        case .changeOff: .text("{code} {name}: izpuščen")
        case .changeYears: .text("{code} {name}: začetek {start}, poln učinek {full}")
        case .changeEffect: .text("{code} {name}: učinek {min} / {mode} / {max}")
        case .changeGrowth: .text("Rast {gpc}: {rate} na leto")
        case .actionsTitle: .text("Ukrepi v scenariju")
        case .actionsLead:
            .text(
                "Odkljukajte ukrepe, ki ostanejo; leta in učinek (najmanj, najverjetneje, največ; deleži v odstotkih, odvzemi v t CO₂e na leto) lahko spremenite. Prazno polje pomeni kot v načrtu."
            )
        case .actionsCaption: .text("Ukrepi načrta z učinkom")
        case .columnAction: .text("Ukrep")
        case .columnIn: .text("V scenariju")
        case .columnStart: .text("Začetek")
        case .columnFull: .text("Poln učinek")
        case .columnMin: .text("Najmanj")
        case .columnMode: .text("Najverjetneje")
        case .columnMax: .text("Največ")
        case .inScenario: .text("{code} v scenariju")
        case .startOf: .text("Začetek učinka {code}")
        case .fullOf: .text("Poln učinek {code}")
        case .minOf: .text("Najmanj {code}")
        case .modeOf: .text("Najverjetneje {code}")
        case .maxOf: .text("Največ {code}")
        case .growthTitle: .text("Rast dejavnosti v scenariju")
        case .growthLead: .text("Stopnje v odstotkih na leto; prazno polje pomeni stopnjo mesta.")
        case .growthCaption: .text("Stopnje rasti po predponah GPC")
        case .columnGPC: .text("Predpona GPC")
        case .columnRate: .text("Rast na leto (%)")
        case .columnRateMin: .text("Najmanj (%)")
        case .columnRateMax: .text("Največ (%)")
        case .rateOf: .text("Rast {gpc} (%)")
        case .rateMinOf: .text("Najmanjša rast {gpc} (%)")
        case .rateMaxOf: .text("Največja rast {gpc} (%)")
        case .newGPC: .text("Nova predpona GPC")
        case .newRate: .text("Rast nove predpone (%)")
        case .rowProblem: .text("{code}: {problem}")
        case .percentRange: .text("vpišite odstotek med 0 in 100")
        case .growthRange: .text("vpišite odstotek na leto med −50 in 50")
        case .order: .text("veljati mora najmanj ≤ najverjetneje ≤ največ")
        case .years: .text("začetek ne sme biti po letu polnega učinka")
        case .modelProblem: .text("model tega ne sprejme: {problem}")
        case .notComputed: .text("Poti scenarija ni mogoče izračunati:")
        case .apiLink: .text("Pot scenarija kot JSON")
        case .whatIfTitle: .text("Kaj če: pot {cityOf}")
        case .whatIfLead:
            .text(
                "Izklopite ukrepe ali jih zamaknite in poglejte, kako se spremenijo izpusti v ciljnem letu in pot. Nič se ne shrani; naslov strani lahko delite."
            )
        case .whatIfChart: .text("Pot {cityOf} z vašo izbiro")
        case .whatIfDesc:
            .text("Bruto izpusti z izbranimi ukrepi ob sprejetem načrtu, ciljni črti in poti brez ukrepov; v letu {year} {value}.")
        case .whatIfLine: .text("vaša izbira")
        case .inPlan: .text("po načrtu {value}")
        case .whatIfActions: .text("Ukrepi")
        case .whatIfCaption: .text("Ukrepi načrta z učinkom: vključeni in zamik")
        case .whatIfOn: .text("Vključen")
        case .whatIfDelay: .text("Zamik")
        case .whatIfOnOf: .text("{code} vključen")
        case .whatIfDelayOf: .text("Zamik {code}")
        case .whatIfNoDelay: .text("brez zamika")
        case .whatIfYears: .sl(one: "{n} leto", two: "{n} leti", few: "{n} leta", other: "{n} let")
        case .whatIfSubmit: .text("Izračunaj")
        case .whatIfReset: .text("Nazaj na načrt")
        }
    }

    package var english: Message {
        switch self {
        case .recordScenario: .text("Scenario")
        case .tab: .text("Scenarios")
        case .title: .text("Scenarios of {cityOf}")
        case .lead:
            .text(
                "What if the city dropped an action, delayed it or expected another effect? A scenario is a copy of the adopted plan with your changes; it never changes the adopted actions and follows every later change of the plan."
            )
        case .none: .text("The city has no scenarios yet.")
        case .caption: .text("Scenarios in the target year {year} beside the adopted plan")
        case .name: .text("Scenario name")
        case .description: .text("Description")
        case .isPublic: .text("Public scenario")
        case .publicHint: .text("Every visitor sees a public one; otherwise only the city's team.")
        case .visibility: .text("Visibility")
        case .publicBadge: .text("public")
        case .privateBadge: .text("city team only")
        case .columnScenario: .text("Scenario")
        case .columnPlanned: .text("Planned {year}")
        case .columnGap: .text("Gap {year}")
        case .columnProbability: .text("Probability of the target")
        case .columnCapex: .text("Investment in the actions")
        case .plan: .text("Adopted plan")
        case .planLead: .text("the city's actions as adopted")
        case .compareTitle: .text("Pathways of the scenarios of {cityOf}")
        case .compareDesc:
            .text(
                "Gross emissions of each scenario and of the adopted plan from {first} to {last}, with the target line and business as usual."
            )
        case .targetLine: .text("target line")
        case .bauLine: .text("without the actions")
        case .addTitle: .text("New scenario")
        case .add: .text("Create scenario")
        case .editTitle: .text("Edit the scenario")
        case .save: .text("Save scenario")
        case .delete: .text("Delete scenario")
        case .openData: .text("Scenarios as JSON")
        case .changesTitle: .text("What differs from the plan")
        case .changesNone: .text("Nothing: the scenario is the adopted plan. Enter changes below.")
        case .changeOff: .text("{code} {name}: left out")
        case .changeYears: .text("{code} {name}: starts {start}, full effect {full}")
        case .changeEffect: .text("{code} {name}: effect {min} / {mode} / {max}")
        case .changeGrowth: .text("Growth {gpc}: {rate} a year")
        case .actionsTitle: .text("Actions in the scenario")
        case .actionsLead:
            .text(
                "Tick the actions that stay; their years and effect (least, most likely, most; shares in percent, removals in tCO₂e a year) can change. An empty field means as in the plan."
            )
        case .actionsCaption: .text("The plan's actions with an effect")
        case .columnAction: .text("Action")
        case .columnIn: .text("In the scenario")
        case .columnStart: .text("Start")
        case .columnFull: .text("Full effect")
        case .columnMin: .text("Least")
        case .columnMode: .text("Most likely")
        case .columnMax: .text("Most")
        case .inScenario: .text("{code} in the scenario")
        case .startOf: .text("Start of {code}'s effect")
        case .fullOf: .text("Full effect of {code}")
        case .minOf: .text("Least of {code}")
        case .modeOf: .text("Most likely of {code}")
        case .maxOf: .text("Most of {code}")
        case .growthTitle: .text("Activity growth in the scenario")
        case .growthLead: .text("Rates in percent a year; an empty field means the city's rate.")
        case .growthCaption: .text("Growth rates by GPC prefix")
        case .columnGPC: .text("GPC prefix")
        case .columnRate: .text("Growth a year (%)")
        case .columnRateMin: .text("Least (%)")
        case .columnRateMax: .text("Most (%)")
        case .rateOf: .text("Growth of {gpc} (%)")
        case .rateMinOf: .text("Least growth of {gpc} (%)")
        case .rateMaxOf: .text("Most growth of {gpc} (%)")
        case .newGPC: .text("New GPC prefix")
        case .newRate: .text("Growth of the new prefix (%)")
        case .rowProblem: .text("{code}: {problem}")
        case .percentRange: .text("enter a percentage between 0 and 100")
        case .growthRange: .text("enter a percentage a year between −50 and 50")
        case .order: .text("it must hold that least ≤ most likely ≤ most")
        case .years: .text("the start may not be after the year of full effect")
        case .modelProblem: .text("the model does not accept it: {problem}")
        case .notComputed: .text("The scenario's pathway cannot be worked out:")
        case .apiLink: .text("The scenario's pathway as JSON")
        case .whatIfTitle: .text("What if: the pathway of {cityOf}")
        case .whatIfLead:
            .text(
                "Switch actions off or delay them and see how the target year's emissions and the pathway change. Nothing is saved; the page's address can be shared."
            )
        case .whatIfChart: .text("The pathway of {cityOf} with your choice")
        case .whatIfDesc:
            .text(
                "Gross emissions with the chosen actions beside the adopted plan, the target line and business as usual; {value} in {year}."
            )
        case .whatIfLine: .text("your choice")
        case .inPlan: .text("in the plan {value}")
        case .whatIfActions: .text("Actions")
        case .whatIfCaption: .text("The plan's actions with an effect: included and delay")
        case .whatIfOn: .text("Included")
        case .whatIfDelay: .text("Delay")
        case .whatIfOnOf: .text("{code} included")
        case .whatIfDelayOf: .text("Delay of {code}")
        case .whatIfNoDelay: .text("no delay")
        case .whatIfYears: .en(one: "{n} year", other: "{n} years")
        case .whatIfSubmit: .text("Work it out")
        case .whatIfReset: .text("Back to the plan")
        }
    }
}
