import Kernel

/// Texts of the working group's help requests.
package enum HelpRequestText: String, BilingualCatalogue {
    case nav, title, lead, caption, count, none, ask, askTitle, askLead, editTitle, save
    case filterState, filterField, filterCity, allStates, allFields, allCities
    case stateOpen, stateSolved, stateClosed
    case columnTitle, columnField, columnCity, columnAsked, columnState, columnAnswers, columnDeadline
    case fieldTitle, fieldQuestion, fieldField, fieldDeadline, fieldDeadlineHint, fieldBody
    case askedBy, deadline, answersTitle, noAnswers, answer, answerTitle, answerOwnCity, answerMembersOnly, answerEditTitle
    case edited, solvedBy, markSolved, close, reopen, deleteAnswer, solvedNote, closedNote
    case deadlinePast, notAnswer
    case recordRequest, recordAnswer, openData
    case panelTitle, panelCount, panelLink
    case memberAsked, memberAnswered, memberNothing
    case mailAskedSubject, mailAskedBody, mailAnswerSubject, mailAnswerBody

    package var slovenian: Message {
        switch self {
        case .nav: .text("Vprašanja")
        case .title: .text("Vprašanja delovne skupine")
        case .lead:
            .text(
                "»Kdo je to že naredil?« Člani delovne skupine vprašajo druga mesta partnerstva; odgovarjajo člani iz drugih mest, spraševalec označi odgovor, ki mu je pomagal."
            )
        case .caption: .text("Vprašanja, najnovejša najprej")
        case .count: .sl(one: "{n} vprašanje", two: "{n} vprašanji", few: "{n} vprašanja", other: "{n} vprašanj")
        case .none: .text("Ni vprašanj, ki bi ustrezala izbiri.")
        case .ask: .text("Zastavi vprašanje")
        case .askTitle: .text("Novo vprašanje delovni skupini")
        case .askLead: .text("Člani drugih mest, ki se spoznajo na izbrano področje, dobijo obvestilo po e-pošti.")
        case .editTitle: .text("Uredi vprašanje")
        case .save: .text("Shrani")
        case .filterState: .text("Stanje")
        case .filterField: .text("Področje")
        case .filterCity: .text("Mesto")
        case .allStates: .text("vsa stanja")
        case .allFields: .text("vsa področja")
        case .allCities: .text("vsa mesta")
        case .stateOpen: .text("odprto")
        case .stateSolved: .text("rešeno")
        case .stateClosed: .text("zaprto")
        case .columnTitle: .text("Vprašanje")
        case .columnField: .text("Področje")
        case .columnCity: .text("Mesto")
        case .columnAsked: .text("Zastavljeno")
        case .columnState: .text("Stanje")
        case .columnAnswers: .text("Odgovori")
        case .columnDeadline: .text("Rok")
        case .fieldTitle: .text("Naslov")
        case .fieldQuestion: .text("Vprašanje")
        case .fieldField: .text("Področje")
        case .fieldDeadline: .text("Rok za odgovor")
        case .fieldDeadlineHint: .text("Neobvezno: do kdaj potrebujete odgovor.")
        case .fieldBody: .text("Vaš odgovor")
        case .askedBy: .text("Vprašal(a) {name}, {city}, {date}")
        case .deadline: .text("Rok: {date}")
        case .answersTitle: .text("Odgovori")
        case .noAnswers: .text("Odgovorov še ni.")
        case .answer: .text("Odgovori")
        case .answerTitle: .text("Vaš odgovor")
        case .answerOwnCity: .text("Na vprašanja odgovarjajo člani drugih mest; vaše mesto je to vprašanje zastavilo.")
        case .answerMembersOnly: .text("Odgovarjajo člani delovne skupine iz drugih mest.")
        case .answerEditTitle: .text("Uredi odgovor")
        case .edited: .text("urejeno {date}")
        case .solvedBy: .text("Ta odgovor je rešil vprašanje.")
        case .markSolved: .text("Označi kot rešitev")
        case .close: .text("Zapri vprašanje")
        case .reopen: .text("Znova odpri")
        case .deleteAnswer: .text("Izbriši odgovor")
        case .solvedNote: .text("Vprašanje je rešeno.")
        case .closedNote: .text("Vprašanje je zaprto.")
        case .deadlinePast: .text("Rok ne more biti v preteklosti.")
        case .notAnswer: .text("Izberite odgovor tega vprašanja.")
        case .recordRequest: .text("Vprašanje delovne skupine")
        case .recordAnswer: .text("Odgovor na vprašanje")
        case .openData: .text("Vprašanja kot JSON (odprti podatki)")
        case .panelTitle: .text("Delovna skupina sprašuje")
        case .panelCount:
            .sl(
                one: "{n} odprto vprašanje čaka na odgovor drugih mest.", two: "{n} odprti vprašanji čakata na odgovor drugih mest.",
                few: "{n} odprta vprašanja čakajo na odgovor drugih mest.", other: "{n} odprtih vprašanj čaka na odgovor drugih mest.")
        case .panelLink: .text("Vsa vprašanja delovne skupine")
        case .memberAsked: .text("Vprašanja, ki jih je zastavil(a)")
        case .memberAnswered: .text("Odgovori")
        case .memberNothing: .text("Še nič.")
        case .mailAskedSubject: .text("Vprašanje delovne skupine: {title}")
        case .mailAskedBody: .text("{name} ({city}) sprašuje delovno skupino:\n\n{title}\n\n{question}\n\nOdgovorite na: {link}")
        case .mailAnswerSubject: .text("Nov odgovor na vaše vprašanje: {title}")
        case .mailAnswerBody: .text("{name} ({city}) je odgovoril(a) na vaše vprašanje »{title}«:\n\n{body}\n\nPreberite na: {link}")
        }
    }

    package var english: Message {
        switch self {
        case .nav: .text("Questions")
        case .title: .text("The working group's questions")
        case .lead:
            .text(
                "\"Who has done this already?\" Working-group members ask the partnership's other cities; members from other cities answer, and the asker marks the answer that helped."
            )
        case .caption: .text("Questions, newest first")
        case .count: .en(one: "{n} question", other: "{n} questions")
        case .none: .text("No question matches the choice.")
        case .ask: .text("Ask a question")
        case .askTitle: .text("A new question to the working group")
        case .askLead: .text("Members of other cities who know the chosen field are told by e-mail.")
        case .editTitle: .text("Edit the question")
        case .save: .text("Save")
        case .filterState: .text("State")
        case .filterField: .text("Field")
        case .filterCity: .text("City")
        case .allStates: .text("all states")
        case .allFields: .text("all fields")
        case .allCities: .text("all cities")
        case .stateOpen: .text("open")
        case .stateSolved: .text("solved")
        case .stateClosed: .text("closed")
        case .columnTitle: .text("Question")
        case .columnField: .text("Field")
        case .columnCity: .text("City")
        case .columnAsked: .text("Asked")
        case .columnState: .text("State")
        case .columnAnswers: .text("Answers")
        case .columnDeadline: .text("Deadline")
        case .fieldTitle: .text("Title")
        case .fieldQuestion: .text("Question")
        case .fieldField: .text("Field")
        case .fieldDeadline: .text("Answer needed by")
        case .fieldDeadlineHint: .text("Optional: by when you need an answer.")
        case .fieldBody: .text("Your answer")
        case .askedBy: .text("Asked by {name}, {city}, {date}")
        case .deadline: .text("Deadline: {date}")
        case .answersTitle: .text("Answers")
        case .noAnswers: .text("No answers yet.")
        case .answer: .text("Answer")
        case .answerTitle: .text("Your answer")
        case .answerOwnCity: .text("Members of other cities answer; your city asked this question.")
        case .answerMembersOnly: .text("Working-group members from other cities answer.")
        case .answerEditTitle: .text("Edit the answer")
        case .edited: .text("edited {date}")
        case .solvedBy: .text("This answer solved the question.")
        case .markSolved: .text("Mark as the solution")
        case .close: .text("Close the question")
        case .reopen: .text("Reopen")
        case .deleteAnswer: .text("Delete the answer")
        case .solvedNote: .text("The question is solved.")
        case .closedNote: .text("The question is closed.")
        case .deadlinePast: .text("The deadline cannot be in the past.")
        case .notAnswer: .text("Choose an answer of this question.")
        case .recordRequest: .text("Working-group question")
        case .recordAnswer: .text("Answer to a question")
        case .openData: .text("Questions as JSON (open data)")
        case .panelTitle: .text("The working group asks")
        case .panelCount:
            .en(
                one: "{n} open question is waiting for an answer from other cities.",
                other: "{n} open questions are waiting for an answer from other cities.")
        case .panelLink: .text("All the working group's questions")
        case .memberAsked: .text("Questions asked")
        case .memberAnswered: .text("Answers")
        case .memberNothing: .text("Nothing yet.")
        case .mailAskedSubject: .text("A working-group question: {title}")
        case .mailAskedBody: .text("{name} ({city}) asks the working group:\n\n{title}\n\n{question}\n\nAnswer at: {link}")
        case .mailAnswerSubject: .text("A new answer to your question: {title}")
        case .mailAnswerBody: .text("{name} ({city}) answered your question \"{title}\":\n\n{body}\n\nRead it at: {link}")
        }
    }
}

extension HelpRequestState {
    var text: HelpRequestText {
        switch self {
        case .open: .stateOpen
        case .solved: .stateSolved
        case .closed: .stateClosed
        }
    }
}
