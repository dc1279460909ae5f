import Kernel

/// Texts of the partnership's home page and of the city pages.
package enum CitiesText: String, BilingualCatalogue {
    case homeTitle
    case homeLead
    case homeSigned
    case commitmentsTitle
    case commitment1, commitment2, commitment3, commitment4, commitment5, commitment6, commitment7
    case membersTitle
    case membersCount
    case othersTitle
    case othersCount
    case othersInvitation
    case allCities

    case citiesTitle
    case citiesLead
    case filterLabel
    case filterAll
    case filterMembers
    case filterOthers
    case citiesShown
    case columnCity
    case columnPopulation
    case columnMembership
    case columnMission

    case membershipMember
    case membershipApplicant
    case membershipNotMember
    case memberSince
    case missionCity
    case missionApplicant
    case missionNone
    case missionLabel

    case profileTitle
    case overview
    case officialName
    case population
    case area
    case areaValue
    case density
    case densityValue
    case baselineYear
    case target
    case targetValue
    case membership
    case mission
    case website
    case contacts
    case noContacts
    case aboutData
    case openDataLink

    package var slovenian: Message {
        switch self {
        case .homeTitle: .text("Skupaj do podnebno nevtralnih mest do leta 2030")
        case .homeLead:
            .text(
                "Ljubljana, Kranj in Velenje so v Misiji EU za 100 podnebno nevtralnih in pametnih mest. Kot slovensko partnerstvo si pomagajo, delijo dobre prakse in vabijo prebivalce ter druga mesta, da se jim pridružijo. Zaveza je prostor, kjer vsako mesto vodi svojo pot do podnebne nevtralnosti v številkah."
            )
        case .homeSigned: .text("Župani so zavezo za partnerstvo podpisali {date} v prostoru {place}.")
        case .commitmentsTitle: .text("Kaj so se mesta zavezala")
        case .commitment1:
            .text(
                "imenovati medmestno delovno skupino za medsebojno pomoč ter izmenjavo dobrih praks, znanja in izkušenj za hitrejše razogljičenje;"
            )
        case .commitment2:
            .text(
                "pripravljati in izvajati skupne dogodke za različne javnosti (ozaveščanje, obveščanje in izobraževanje o podnebnih spremembah in podnebni nevtralnosti);"
            )
        case .commitment3: .text("sodelovati z državnimi in evropskimi institucijami pri izvajanju misije;")
        case .commitment4: .text("pripravljati in izvajati evropske projekte, ki prispevajo k podnebni nevtralnosti;")
        case .commitment5: .text("pripravljati in izvajati pilotne projekte;")
        case .commitment6:
            .text("spodbujati meščanke in meščane k dejavni vlogi pri oblikovanju in izvajanju ukrepov prilagajanja in blaženja;")
        case .commitment7: .text("spodbujati druga slovenska mesta k delovanju za podnebno nevtralnost.")
        case .membersTitle: .text("Mesta partnerstva")
        case .membersCount:
            .sl(
                one: "V partnerstvu je {n} mesto.", two: "V partnerstvu sta {n} mesti.", few: "V partnerstvu so {n} mesta.",
                other: "V partnerstvu je {n} mest.")
        case .othersTitle: .text("Druge mestne občine")
        case .othersCount:
            .sl(
                one: "{n} mestna občina še ni v partnerstvu.", two: "{n} mestni občini še nista v partnerstvu.",
                few: "{n} mestne občine še niso v partnerstvu.", other: "{n} mestnih občin še ni v partnerstvu.")
        case .othersInvitation: .text("Partnerstvo je odprto za vsa slovenska mesta, ki želijo pospešiti pot do podnebne nevtralnosti.")
        case .allCities: .text("Vsa mesta")

        case .citiesTitle: .text("Mesta")
        case .citiesLead: .text("Mestne občine Slovenije, njihovo mesto v partnerstvu in v Misiji EU.")
        case .filterLabel: .text("Prikaži:")
        case .filterAll: .text("Vsa mesta")
        case .filterMembers: .text("Članice partnerstva")
        case .filterOthers: .text("Druge mestne občine")
        case .citiesShown:
            .sl(
                one: "Prikazano je {n} mesto.", two: "Prikazani sta {n} mesti.", few: "Prikazana so {n} mesta.",
                other: "Prikazanih je {n} mest.")
        case .columnCity: .text("Mesto")
        case .columnPopulation: .text("Prebivalci")
        case .columnMembership: .text("Partnerstvo")
        case .columnMission: .text("Misija EU")

        case .membershipMember: .text("Članica")
        case .membershipApplicant: .text("Prošnja za članstvo")
        case .membershipNotMember: .text("Ni članica")
        case .memberSince: .text("članica od {date}")
        case .missionCity: .text("Misijsko mesto")
        case .missionApplicant: .text("Kandidatka za misijo")
        case .missionNone: .text("Ni v misiji")
        case .missionLabel: .text("znak misije: {date}")

        case .profileTitle: .text("Profil mesta")
        case .overview: .text("Pregled")
        case .officialName: .text("Uradno ime")
        case .population: .text("Prebivalci")
        case .area: .text("Površina")
        case .areaValue: .text("{value} km²")
        case .density: .text("Gostota poselitve")
        case .densityValue: .text("{value} prebivalcev na km²")
        case .baselineYear: .text("Izhodiščno leto izpustov")
        case .target: .text("Podnebni cilj")
        case .targetValue: .text("{percent} manj izpustov do leta {year}")
        case .membership: .text("Partnerstvo")
        case .mission: .text("Misija EU")
        case .website: .text("Spletna stran")
        case .contacts: .text("Stiki")
        case .noContacts: .text("Mesto še ni objavilo stikov.")
        case .aboutData: .text("O podatkih")
        case .openDataLink: .text("Podatki mesta v obliki JSON")
        }
    }

    package var english: Message {
        switch self {
        case .homeTitle: .text("Together towards climate-neutral cities by 2030")
        case .homeLead:
            .text(
                "Ljubljana, Kranj and Velenje are in the EU Mission for 100 climate-neutral and smart cities. As a Slovenian partnership they help each other, share good practices and invite residents and other cities to join them. Zaveza is where each city keeps its path to climate neutrality in numbers."
            )
        case .homeSigned: .text("The mayors signed the commitment to the partnership on {date} at {place}.")
        case .commitmentsTitle: .text("What the cities committed to")
        case .commitment1:
            .text(
                "appoint an inter-city working group for mutual help and the exchange of good practices, knowledge and experience, to speed up decarbonisation;"
            )
        case .commitment2:
            .text(
                "prepare and run joint events for different publics (awareness, information and education on climate change and climate neutrality);"
            )
        case .commitment3: .text("work with national and European institutions on carrying out the Mission;")
        case .commitment4: .text("prepare and carry out European projects that advance climate neutrality;")
        case .commitment5: .text("prepare and carry out pilot projects;")
        case .commitment6:
            .text("encourage residents to take an active role in shaping and carrying out climate adaptation and mitigation measures;")
        case .commitment7: .text("encourage other Slovenian cities to act for climate neutrality.")
        case .membersTitle: .text("Cities of the partnership")
        case .membersCount: .en(one: "The partnership has {n} city.", other: "The partnership has {n} cities.")
        case .othersTitle: .text("Other urban municipalities")
        case .othersCount:
            .en(
                one: "{n} urban municipality is not yet in the partnership.",
                other: "{n} urban municipalities are not yet in the partnership.")
        case .othersInvitation:
            .text("The partnership is open to every Slovenian city that wants to speed up its path to climate neutrality.")
        case .allCities: .text("All cities")

        case .citiesTitle: .text("Cities")
        case .citiesLead: .text("Slovenia's urban municipalities, their place in the partnership and in the EU Mission.")
        case .filterLabel: .text("Show:")
        case .filterAll: .text("All cities")
        case .filterMembers: .text("Partnership members")
        case .filterOthers: .text("Other urban municipalities")
        case .citiesShown: .en(one: "{n} city shown.", other: "{n} cities shown.")
        case .columnCity: .text("City")
        case .columnPopulation: .text("Inhabitants")
        case .columnMembership: .text("Partnership")
        case .columnMission: .text("EU Mission")

        case .membershipMember: .text("Member")
        case .membershipApplicant: .text("Asked to join")
        case .membershipNotMember: .text("Not a member")
        case .memberSince: .text("member since {date}")
        case .missionCity: .text("Mission city")
        case .missionApplicant: .text("Mission applicant")
        case .missionNone: .text("Not in the Mission")
        case .missionLabel: .text("Mission Label: {date}")

        case .profileTitle: .text("City profile")
        case .overview: .text("Overview")
        case .officialName: .text("Official name")
        case .population: .text("Inhabitants")
        case .area: .text("Area")
        case .areaValue: .text("{value} km²")
        case .density: .text("Population density")
        case .densityValue: .text("{value} inhabitants per km²")
        case .baselineYear: .text("Emissions baseline year")
        case .target: .text("Climate target")
        case .targetValue: .text("{percent} fewer emissions by {year}")
        case .membership: .text("Partnership")
        case .mission: .text("EU Mission")
        case .website: .text("Website")
        case .contacts: .text("Contacts")
        case .noContacts: .text("The city has not published contacts yet.")
        case .aboutData: .text("About the data")
        case .openDataLink: .text("The city's data as JSON")
        }
    }
}

extension MembershipStatus {
    var text: CitiesText {
        switch self {
        case .member: .membershipMember
        case .applicant: .membershipApplicant
        case .notMember: .membershipNotMember
        }
    }
}

extension MissionStatus {
    var text: CitiesText {
        switch self {
        case .missionCity: .missionCity
        case .applicant: .missionApplicant
        case .none: .missionNone
        }
    }
}
