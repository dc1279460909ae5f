import Kernel

/// Texts of the good practices.
package enum PracticeText: String, BilingualCatalogue {
    case nav, title, lead, caption, count, none, drafts, draftsLead, add, addTitle, addLead, editTitle, save
    case filterField, filterPurpose, filterCity, allFields, allPurposes, allCities
    case searchLabel, searchCount, searchNone, searchHint, searchClear, resultsCaption
    case columnTitle, columnCity, columnField, columnPurpose, columnPublished
    case statusDraft, statusPublished, publish, unpublish, delete, draftNote
    case owner, partners, field, purpose, challenge, solution, results, cost, months, monthsValue, requirements, contacts, links
    case fieldTitle, fieldSummary, fieldPartners, fieldField, fieldPurpose, fieldChallenge, fieldSolution, fieldResults,
        fieldResultsHint, fieldResultLabel, fieldResultValue, fieldResultUnit, fieldResultYear, fieldCost, fieldMonths,
        fieldRequirements, fieldContacts, fieldLinks, fieldLinksHint
    case resultIncomplete, linkInvalid, tooManyLinks
    case attachments, noAttachments, attach, attachFile, attachHint, deleteFile, fileType, fileTooBig, fileEmpty, fileNamePath,
        fileNameControl, fileNameLong, fileMissing
    case recordPractice, recordAttachment, openData

    package var slovenian: Message {
        switch self {
        case .nav: .text("Dobre prakse")
        case .title: .text("Dobre prakse partnerstva")
        case .lead:
            .text(
                "Kaj so mesta že naredila, koliko je stalo, kaj je prineslo v številkah in kaj potrebuje drugo mesto, da to ponovi."
            )
        case .caption: .text("Objavljene dobre prakse")
        case .count: .sl(one: "{n} dobra praksa", two: "{n} dobri praksi", few: "{n} dobre prakse", other: "{n} dobrih praks")
        case .none: .text("Ni dobrih praks, ki bi ustrezale izbiri.")
        case .drafts: .text("Osnutki")
        case .draftsLead: .text("Osnutke vidijo le člani delovne skupine in koordinator.")
        case .add: .text("Dodaj dobro prakso")
        case .addTitle: .text("Nova dobra praksa")
        case .addLead: .text("Shrani se kot osnutek; objavite jo, ko je pripravljena.")
        case .editTitle: .text("Uredi dobro prakso")
        case .save: .text("Shrani")
        case .filterField: .text("Področje")
        case .filterPurpose: .text("Namen")
        case .filterCity: .text("Mesto")
        case .allFields: .text("vsa področja")
        case .allPurposes: .text("blaženje in prilagajanje")
        case .allCities: .text("vsa mesta")
        case .searchLabel: .text("Išči po naslovu, povzetku, izzivu, rešitvi in rezultatih")
        case .searchCount:
            .sl(
                one: "{n} dobra praksa vsebuje »{q}«", two: "{n} dobri praksi vsebujeta »{q}«", few: "{n} dobre prakse vsebujejo »{q}«",
                other: "{n} dobrih praks vsebuje »{q}«")
        case .searchNone: .text("Nobena objavljena dobra praksa ne vsebuje »{q}«. Poskusite z manj ali krajšimi besedami.")
        case .searchHint:
            .text(
                "Velike in male črke ter č, š, ž niso pomembne; beseda najde tudi daljše (kolesar najde kolesarsko). Besede v narekovajih iščejo besedno zvezo."
            )
        case .searchClear: .text("Pokaži vse dobre prakse")
        case .resultsCaption: .text("Zadetki iskanja, najprej tisti z besedami v naslovu")
        case .columnTitle: .text("Dobra praksa")
        case .columnCity: .text("Mesto")
        case .columnField: .text("Področje")
        case .columnPurpose: .text("Namen")
        case .columnPublished: .text("Objavljena")
        case .statusDraft: .text("osnutek")
        case .statusPublished: .text("objavljena")
        case .publish: .text("Objavi")
        case .unpublish: .text("Vrni med osnutke")
        case .delete: .text("Izbriši dobro prakso")
        case .draftNote: .text("Osnutek: vidijo ga le člani delovne skupine in koordinator.")
        case .owner: .text("Mesto")
        case .partners: .text("Partnerska mesta")
        case .field: .text("Področje")
        case .purpose: .text("Namen")
        case .challenge: .text("Izziv")
        case .solution: .text("Rešitev")
        case .results: .text("Izmerjeni rezultati")
        case .cost: .text("Stroški")
        case .months: .text("Čas izvedbe")
        case .monthsValue: .sl(one: "{n} mesec", two: "{n} meseca", few: "{n} meseci", other: "{n} mesecev")
        case .requirements: .text("Kaj potrebuje mesto, ki jo želi ponoviti")
        case .contacts: .text("Stik")
        case .links: .text("Povezave")
        case .fieldTitle: .text("Naslov")
        case .fieldSummary: .text("Povzetek")
        case .fieldPartners: .text("Partnerska mesta")
        case .fieldField: .text("Področje")
        case .fieldPurpose: .text("Namen")
        case .fieldChallenge: .text("Izziv")
        case .fieldSolution: .text("Rešitev")
        case .fieldResults: .text("Izmerjeni rezultati")
        case .fieldResultsHint: .text("Vsak rezultat s številko, enoto in letom, na primer: Prihranek toplote · 1.200 · MWh · 2024.")
        case .fieldResultLabel: .text("Rezultat {n}")
        case .fieldResultValue: .text("Vrednost {n}")
        case .fieldResultUnit: .text("Enota {n}")
        case .fieldResultYear: .text("Leto {n}")
        case .fieldCost: .text("Stroški (EUR)")
        case .fieldMonths: .text("Čas izvedbe (meseci)")
        case .fieldRequirements: .text("Kaj potrebuje mesto, ki jo želi ponoviti")
        case .fieldContacts: .text("Stik")
        case .fieldLinks: .text("Povezave")
        case .fieldLinksHint: .text("Ena povezava v vrstici, z https://.")
        case .resultIncomplete: .text("Rezultat potrebuje opis, vrednost, enoto in leto.")
        case .linkInvalid: .text("Povezava {n} ni naslov http(s).")
        case .tooManyLinks: .text("Največ 10 povezav.")
        case .attachments: .text("Priloge")
        case .noAttachments: .text("Prilog ni.")
        case .attach: .text("Dodaj prilogo")
        case .attachFile: .text("Datoteka")
        case .attachHint: .text("PDF, PNG, JPEG, ODT ali DOCX, do 20 MB.")
        case .deleteFile: .text("Izbriši prilogo {name}")
        case .fileType: .text("Datoteka ni PDF, PNG, JPEG, ODT ali DOCX (vrsto preverimo po vsebini, ne po imenu).")
        case .fileTooBig: .text("Datoteka je večja od 20 MB.")
        case .fileEmpty: .text("Izberite datoteko.")
        case .fileNamePath: .text("Ime datoteke ne sme vsebovati mape (/ ali \\).")
        case .fileNameControl: .text("Ime datoteke vsebuje nedovoljene znake.")
        case .fileNameLong: .text("Ime datoteke ima lahko največ 200 znakov.")
        case .fileMissing: .text("Priloga ni več na voljo.")
        case .recordPractice: .text("Dobra praksa")
        case .recordAttachment: .text("Priloga dobre prakse")
        case .openData: .text("Dobre prakse kot JSON (odprti podatki)")
        }
    }

    package var english: Message {
        switch self {
        case .nav: .text("Good practices")
        case .title: .text("The partnership's good practices")
        case .lead:
            .text("What the cities have done, what it cost, what it achieved in numbers and what another city needs to do it again.")
        case .caption: .text("Published good practices")
        case .count: .en(one: "{n} good practice", other: "{n} good practices")
        case .none: .text("No good practice matches the choice.")
        case .drafts: .text("Drafts")
        case .draftsLead: .text("Only working-group members and the coordinator see drafts.")
        case .add: .text("Add a good practice")
        case .addTitle: .text("A new good practice")
        case .addLead: .text("It is saved as a draft; publish it when it is ready.")
        case .editTitle: .text("Edit the good practice")
        case .save: .text("Save")
        case .filterField: .text("Field")
        case .filterPurpose: .text("Purpose")
        case .filterCity: .text("City")
        case .allFields: .text("all fields")
        case .allPurposes: .text("mitigation and adaptation")
        case .allCities: .text("all cities")
        case .searchLabel: .text("Search titles, summaries, challenges, solutions and results")
        case .searchCount: .en(one: "{n} good practice holds “{q}”", other: "{n} good practices hold “{q}”")
        case .searchNone: .text("No published good practice holds “{q}”. Try fewer or shorter words.")
        case .searchHint:
            .text(
                "Capitals and č, š, ž don't matter; a word also finds longer ones (kolesar finds kolesarska). Words in quotes search for the phrase."
            )
        case .searchClear: .text("Show every good practice")
        case .resultsCaption: .text("Search results, those with the words in their title first")
        case .columnTitle: .text("Good practice")
        case .columnCity: .text("City")
        case .columnField: .text("Field")
        case .columnPurpose: .text("Purpose")
        case .columnPublished: .text("Published")
        case .statusDraft: .text("draft")
        case .statusPublished: .text("published")
        case .publish: .text("Publish")
        case .unpublish: .text("Back to drafts")
        case .delete: .text("Delete the good practice")
        case .draftNote: .text("A draft: only working-group members and the coordinator see it.")
        case .owner: .text("City")
        case .partners: .text("Partner cities")
        case .field: .text("Field")
        case .purpose: .text("Purpose")
        case .challenge: .text("Challenge")
        case .solution: .text("Solution")
        case .results: .text("Measured results")
        case .cost: .text("Costs")
        case .months: .text("Time to implement")
        case .monthsValue: .en(one: "{n} month", other: "{n} months")
        case .requirements: .text("What a city needs to do it again")
        case .contacts: .text("Contact")
        case .links: .text("Links")
        case .fieldTitle: .text("Title")
        case .fieldSummary: .text("Summary")
        case .fieldPartners: .text("Partner cities")
        case .fieldField: .text("Field")
        case .fieldPurpose: .text("Purpose")
        case .fieldChallenge: .text("Challenge")
        case .fieldSolution: .text("Solution")
        case .fieldResults: .text("Measured results")
        case .fieldResultsHint: .text("Each result with a number, a unit and a year, for example: Heat saved · 1,200 · MWh · 2024.")
        case .fieldResultLabel: .text("Result {n}")
        case .fieldResultValue: .text("Value {n}")
        case .fieldResultUnit: .text("Unit {n}")
        case .fieldResultYear: .text("Year {n}")
        case .fieldCost: .text("Costs (EUR)")
        case .fieldMonths: .text("Time to implement (months)")
        case .fieldRequirements: .text("What a city needs to do it again")
        case .fieldContacts: .text("Contact")
        case .fieldLinks: .text("Links")
        case .fieldLinksHint: .text("One link a line, with https://.")
        case .resultIncomplete: .text("A result needs a description, a value, a unit and a year.")
        case .linkInvalid: .text("Link {n} is not an http(s) address.")
        case .tooManyLinks: .text("At most 10 links.")
        case .attachments: .text("Attachments")
        case .noAttachments: .text("No attachments.")
        case .attach: .text("Add an attachment")
        case .attachFile: .text("File")
        case .attachHint: .text("PDF, PNG, JPEG, ODT or DOCX, up to 20 MB.")
        case .deleteFile: .text("Delete the attachment {name}")
        case .fileType: .text("The file is not a PDF, PNG, JPEG, ODT or DOCX (its type is checked by its content, not its name).")
        case .fileTooBig: .text("The file is larger than 20 MB.")
        case .fileEmpty: .text("Choose a file.")
        case .fileNamePath: .text("The file's name may not hold a folder (/ or \\).")
        case .fileNameControl: .text("The file's name holds characters that are not allowed.")
        case .fileNameLong: .text("The file's name has at most 200 characters.")
        case .fileMissing: .text("The attachment is no longer there.")
        case .recordPractice: .text("Good practice")
        case .recordAttachment: .text("Attachment of a good practice")
        case .openData: .text("Good practices as JSON (open data)")
        }
    }
}

extension PracticeStatus {
    var text: PracticeText { self == .draft ? .statusDraft : .statusPublished }
}
