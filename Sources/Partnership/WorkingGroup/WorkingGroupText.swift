import Kernel

/// Texts of the working group.
package enum WorkingGroupText: String, BilingualCatalogue {
    case nav, title, lead, caption, count, none, searchLabel, filterCity, filterField, allCities, allFields
    case columnName, columnCity, columnPosition, columnExpertise, columnContact, columnTerm, columnEdit
    case memberTitle, memberLead, contacts, contactsHidden, email, phone, term, termOpen, termEnded, city, position, expertise, tags
    case tab, cityTitle, cityLead, cityNone, appointTitle, appoint, editTitle, save, end, endDone
    case fieldEmail, fieldEmailHint, fieldPosition, fieldFields, fieldFieldsHint, fieldTags, fieldTagsHint, fieldPhone, fieldFrom,
        fieldTo, fieldToHint
    case noAccount, alreadyMember, chooseField, toBeforeFrom, tagTooLong, tooManyTags
    case recordMember, openData
    case termFrom, termFromTo

    package var slovenian: Message {
        switch self {
        case .nav: .text("Delovna skupina")
        case .title: .text("Delovna skupina partnerstva")
        case .lead:
            .text(
                "Strokovnjaki, ki so jih mesta imenovala v medmestno delovno skupino za medsebojno pomoč in izmenjavo dobrih praks. Poiščite, kdo se spozna na področje, ki vas zanima."
            )
        case .caption: .text("Člani delovne skupine")
        case .count: .sl(one: "{n} član", two: "{n} člana", few: "{n} člani", other: "{n} članov")
        case .none: .text("Ni članov, ki bi ustrezali izbiri.")
        case .searchLabel: .text("Išči po imenu")
        case .filterCity: .text("Mesto")
        case .filterField: .text("Področje")
        case .allCities: .text("vsa mesta")
        case .allFields: .text("vsa področja")
        case .columnName: .text("Ime")
        case .columnCity: .text("Mesto")
        case .columnPosition: .text("Položaj")
        case .columnExpertise: .text("Področja dela")
        case .columnContact: .text("Stik")
        case .columnTerm: .text("Mandat")
        case .columnEdit: .text("Urejanje")
        case .memberTitle: .text("{name}")
        case .memberLead: .text("Član delovne skupine, ki ga je imenovalo mesto {city}.")
        case .contacts: .text("Stik")
        case .contactsHidden: .text("Stike članov vidijo člani delovne skupine in koordinator partnerstva.")
        case .email: .text("E-pošta")
        case .phone: .text("Telefon")
        case .term: .text("Mandat")
        case .termOpen: .text("v delovni skupini")
        case .termEnded: .text("mandat je končan")
        case .city: .text("Mesto")
        case .position: .text("Položaj")
        case .expertise: .text("Področja dela")
        case .tags: .text("Oznake")
        case .tab: .text("Delovna skupina")
        case .cityTitle: .text("Člani delovne skupine iz {cityOf}")
        case .cityLead:
            .text(
                "Skrbnik mesta imenuje člane delovne skupine partnerstva in jim konča mandat. Imenovana oseba mora imeti račun v Zavezi (povabite jo na strani Ljudje)."
            )
        case .cityNone: .text("Mesto še nima članov v delovni skupini.")
        case .appointTitle: .text("Imenuj člana")
        case .appoint: .text("Imenuj v delovno skupino")
        case .editTitle: .text("Uredi člana: {name}")
        case .save: .text("Shrani")
        case .end: .text("Končaj mandat: {name}")
        case .endDone: .text("Mandat je končan.")
        case .fieldEmail: .text("E-pošta osebe")
        case .fieldEmailHint: .text("Naslov, s katerim se oseba prijavlja v Zavezo.")
        case .fieldPosition: .text("Položaj")
        case .fieldFields: .text("Področja dela")
        case .fieldFieldsHint: .text("Izberite vsaj eno; člani z ujemajočim se področjem dobijo obvestilo o novih vprašanjih.")
        case .fieldTags: .text("Druge oznake")
        case .fieldTagsHint: .text("Ločene z vejicami, na primer: toplotne črpalke, javna naročila.")
        case .fieldPhone: .text("Telefon")
        case .fieldFrom: .text("Začetek mandata")
        case .fieldTo: .text("Konec mandata")
        case .fieldToHint: .text("Neobvezno; brez datuma mandat traja, dokler ga skrbnik ne konča.")
        case .noAccount: .text("Nihče nima računa s tem naslovom. Osebo najprej povabite na strani Ljudje.")
        case .alreadyMember: .text("Oseba je že članica delovne skupine (imenovalo jo je mesto {city}).")
        case .chooseField: .text("Izberite vsaj eno področje.")
        case .toBeforeFrom: .text("Konec mandata ne more biti pred začetkom.")
        case .tagTooLong: .text("Oznaka ima lahko največ 40 znakov.")
        case .tooManyTags: .text("Največ 10 oznak.")
        case .recordMember: .text("Član delovne skupine")
        case .openData: .text("Delovna skupina kot JSON (odprti podatki)")
        case .termFrom: .text("od {from}")
        case .termFromTo: .text("{from} – {to}")
        }
    }

    package var english: Message {
        switch self {
        case .nav: .text("Working group")
        case .title: .text("The partnership's working group")
        case .lead:
            .text(
                "Experts the cities appointed to the inter-city working group for mutual help and the exchange of good practices. Find who knows the field you are working on."
            )
        case .caption: .text("Members of the working group")
        case .count: .en(one: "{n} member", other: "{n} members")
        case .none: .text("No member matches the choice.")
        case .searchLabel: .text("Search by name")
        case .filterCity: .text("City")
        case .filterField: .text("Field")
        case .allCities: .text("all cities")
        case .allFields: .text("all fields")
        case .columnName: .text("Name")
        case .columnCity: .text("City")
        case .columnPosition: .text("Position")
        case .columnExpertise: .text("Areas of expertise")
        case .columnContact: .text("Contact")
        case .columnTerm: .text("Term")
        case .columnEdit: .text("Edit")
        case .memberTitle: .text("{name}")
        case .memberLead: .text("A member of the working group, appointed by {city}.")
        case .contacts: .text("Contact")
        case .contactsHidden: .text("Members' contacts are shown to working-group members and the partnership's coordinator.")
        case .email: .text("E-mail")
        case .phone: .text("Phone")
        case .term: .text("Term")
        case .termOpen: .text("in the working group")
        case .termEnded: .text("term ended")
        case .city: .text("City")
        case .position: .text("Position")
        case .expertise: .text("Areas of expertise")
        case .tags: .text("Tags")
        case .tab: .text("Working group")
        case .cityTitle: .text("Working-group members from {cityOf}")
        case .cityLead:
            .text(
                "The city's admin appoints the partnership's working-group members and ends their terms. The person needs an account in Zaveza (invite them on the People page)."
            )
        case .cityNone: .text("The city has no members in the working group yet.")
        case .appointTitle: .text("Appoint a member")
        case .appoint: .text("Appoint to the working group")
        case .editTitle: .text("Edit member: {name}")
        case .save: .text("Save")
        case .end: .text("End the term: {name}")
        case .endDone: .text("The term has ended.")
        case .fieldEmail: .text("The person's e-mail")
        case .fieldEmailHint: .text("The address the person signs in to Zaveza with.")
        case .fieldPosition: .text("Position")
        case .fieldFields: .text("Areas of expertise")
        case .fieldFieldsHint: .text("Choose at least one; members whose field matches are told of new questions.")
        case .fieldTags: .text("Other tags")
        case .fieldTagsHint: .text("Separated by commas, for example: heat pumps, public procurement.")
        case .fieldPhone: .text("Phone")
        case .fieldFrom: .text("Term starts")
        case .fieldTo: .text("Term ends")
        case .fieldToHint: .text("Optional; without a date the term lasts until the admin ends it.")
        case .noAccount: .text("No one has an account with this address. Invite the person on the People page first.")
        case .alreadyMember: .text("The person is already a member of the working group (appointed by {city}).")
        case .chooseField: .text("Choose at least one field.")
        case .toBeforeFrom: .text("The term cannot end before it starts.")
        case .tagTooLong: .text("A tag has at most 40 characters.")
        case .tooManyTags: .text("At most 10 tags.")
        case .recordMember: .text("Working-group member")
        case .openData: .text("The working group as JSON (open data)")
        case .termFrom: .text("from {from}")
        case .termFromTo: .text("{from} – {to}")
        }
    }
}
