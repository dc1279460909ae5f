import Kernel

/// Texts of a city asking to join the partnership and of the coordinator's decision.
package enum JoinText: String, BilingualCatalogue {
    case requester, requesterPosition
    case recordRequest, decidedBy, status
    case askLink, askSignIn, formTitle, formLead, position, message, messageHint, submit, pending
    case requestsTitle, requestsLead, requestsEmpty, requestedBy, approve, decline, declineReason, decided
    case statusPending, statusApproved, statusDeclined
    case mailReceivedSubject, mailReceivedBody, mailApprovedSubject, mailApprovedBody, mailDeclinedSubject, mailDeclinedBody
    case navRequests, alreadyMember

    package var slovenian: Message {
        switch self {
        case .requester: .text("Prosilec")
        case .requesterPosition: .text("Položaj prosilca")
        case .recordRequest: .text("Prošnja za članstvo")
        case .decidedBy: .text("Kdo je odločil")
        case .status: .text("Stanje")
        case .askLink: .text("Zaprosite za članstvo v imenu mesta")
        case .askSignIn: .text("Za prošnjo za članstvo se prijavite.")
        case .formTitle: .text("Prošnja za članstvo: {city}")
        case .formLead:
            .text("Mesto se pridruži partnerstvu, ko prošnjo odobri koordinator partnerstva. Vi postanete skrbnik mesta na Zavezi.")
        case .position: .text("Vaš položaj na mestni občini")
        case .message: .text("Zakaj se mesto pridružuje")
        case .messageHint: .text("Nekaj stavkov o podnebnih ciljih mesta in o tem, kdo ga bo zastopal v delovni skupini.")
        case .submit: .text("Pošlji prošnjo")
        case .pending: .text("Prošnja mesta za članstvo čaka na odločitev koordinatorja.")
        case .requestsTitle: .text("Prošnje za članstvo")
        case .requestsLead:
            .text("Mesta, ki se želijo pridružiti partnerstvu. Ob odobritvi postane mesto članica, prosilec pa skrbnik mesta.")
        case .requestsEmpty: .text("Ni prošenj.")
        case .requestedBy: .text("{name} ({position}), {date}")
        case .approve: .text("Odobri")
        case .decline: .text("Zavrni")
        case .declineReason: .text("Razlog za zavrnitev")
        case .decided: .text("{status} {date}")
        case .statusPending: .text("čaka")
        case .statusApproved: .text("odobreno")
        case .statusDeclined: .text("zavrnjeno")
        case .mailReceivedSubject: .text("Zaveza: nova prošnja za članstvo")
        case .mailReceivedBody: .text("{name} prosi za članstvo mesta {city} v partnerstvu.\n\nProšnjo obravnavate na {link}")
        case .mailApprovedSubject: .text("Zaveza: mesto {city} je članica partnerstva")
        case .mailApprovedBody:
            .text(
                "Pozdravljeni,\n\nprošnja je odobrena: {city} je članica partnerstva, vi pa skrbnik mesta na Zavezi. Delovni prostor mesta: {link}"
            )
        case .mailDeclinedSubject: .text("Zaveza: prošnja za članstvo")
        case .mailDeclinedBody: .text("Pozdravljeni,\n\nprošnja mesta {city} za članstvo ni bila odobrena. Razlog: {reason}")
        case .navRequests: .text("Prošnje za članstvo")
        case .alreadyMember: .text("Mesto je že članica partnerstva ali pa njegova prošnja že čaka.")
        }
    }

    package var english: Message {
        switch self {
        case .requester: .text("Requester")
        case .requesterPosition: .text("Requester's position")
        case .recordRequest: .text("Request to join")
        case .decidedBy: .text("Decided by")
        case .status: .text("Status")
        case .askLink: .text("Ask to join on behalf of the city")
        case .askSignIn: .text("Sign in to ask for membership.")
        case .formTitle: .text("Request to join: {city}")
        case .formLead:
            .text(
                "The city joins the partnership when the partnership coordinator approves the request. You become the city's admin on Zaveza."
            )
        case .position: .text("Your position at the municipality")
        case .message: .text("Why the city is joining")
        case .messageHint: .text("A few sentences on the city's climate goals and who will represent it in the working group.")
        case .submit: .text("Send the request")
        case .pending: .text("The city's request to join is waiting for the coordinator's decision.")
        case .requestsTitle: .text("Requests to join")
        case .requestsLead:
            .text("Cities that want to join the partnership. When approved, the city becomes a member and the requester its admin.")
        case .requestsEmpty: .text("No requests.")
        case .requestedBy: .text("{name} ({position}), {date}")
        case .approve: .text("Approve")
        case .decline: .text("Decline")
        case .declineReason: .text("Reason for declining")
        case .decided: .text("{status} {date}")
        case .statusPending: .text("pending")
        case .statusApproved: .text("approved")
        case .statusDeclined: .text("declined")
        case .mailReceivedSubject: .text("Zaveza: a new request to join")
        case .mailReceivedBody: .text("{name} asks for {city} to join the partnership.\n\nDecide on it at {link}")
        case .mailApprovedSubject: .text("Zaveza: {city} is a member of the partnership")
        case .mailApprovedBody:
            .text(
                "Hello,\n\nthe request has been approved: {city} is a member of the partnership and you are the city's admin on Zaveza. The city's workspace: {link}"
            )
        case .mailDeclinedSubject: .text("Zaveza: request to join")
        case .mailDeclinedBody: .text("Hello,\n\nthe request for {city} to join was not approved. Reason: {reason}")
        case .navRequests: .text("Requests to join")
        case .alreadyMember: .text("The city is already a member, or its request is already waiting.")
        }
    }
}

extension JoinRequest.Status {
    var text: JoinText {
        switch self {
        case .pending: .statusPending
        case .approved: .statusApproved
        case .declined: .statusDeclined
        }
    }
}
