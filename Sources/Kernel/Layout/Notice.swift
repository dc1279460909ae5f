import Vapor

/// A one-line confirmation shown on the page a form redirects to ("saved",
/// "restored"…). It travels in a short-lived cookie and is shown once.
package enum Notice: String, CaseIterable, Sendable, TextCatalogue {
    case saved
    case deleted
    case restored
    case signedIn
    case signedOut
    case registered
    case registrationSent
    case passwordChanged
    case resetSent
    case resetDone
    case invited
    case tokenRevoked
    case roleRemoved
    case joinRequested
    case joinApproved
    case joinDeclined
    case imported
    case submitted

    package static let cookieName = "zaveza_notice"

    package func message(in language: Language) -> Message {
        switch (self, language) {
        case (.saved, .sl): .text("Spremembe so shranjene.")
        case (.saved, .en): .text("Your changes have been saved.")
        case (.deleted, .sl): .text("Zapis je izbrisan. Skrbnik mesta ga lahko obnovi med izbrisanimi zapisi.")
        case (.deleted, .en): .text("The record has been deleted. The city admin can restore it among the deleted records.")
        case (.restored, .sl): .text("Zapis je obnovljen.")
        case (.restored, .en): .text("The record has been restored.")
        case (.signedIn, .sl): .text("Prijavljeni ste.")
        case (.signedIn, .en): .text("You are signed in.")
        case (.signedOut, .sl): .text("Odjavljeni ste.")
        case (.signedOut, .en): .text("You are signed out.")
        case (.registered, .sl): .text("Naslov je potrjen, račun je ustvarjen in prijavljeni ste.")
        case (.registered, .en): .text("Your address is confirmed, your account has been created and you are signed in.")
        case (.registrationSent, .sl):
            .text(
                "Poslali smo vam sporočilo. Za dokončanje registracije odprite povezavo v njem (velja 24 ur); račun bo ustvarjen, ko potrdite naslov."
            )
        case (.registrationSent, .en):
            .text(
                "We have sent you a message. Open the link in it to finish registering (it lasts 24 hours); the account is made once you confirm the address."
            )
        case (.passwordChanged, .sl): .text("Geslo je zamenjano.")
        case (.passwordChanged, .en): .text("Your password has been changed.")
        case (.resetSent, .sl): .text("Če račun s tem naslovom obstaja, smo nanj poslali povezavo za novo geslo.")
        case (.resetSent, .en): .text("If an account with this address exists, a link to choose a new password has been sent to it.")
        case (.resetDone, .sl): .text("Geslo je shranjeno; zdaj ste prijavljeni.")
        case (.resetDone, .en): .text("Your password has been saved and you are signed in.")
        case (.invited, .sl): .text("Vloga je dodana. Vabilo s povezavo za geslo je v odhodni pošti.")
        case (.invited, .en): .text("The role has been added. An invitation with a link to set a password is in the outbox.")
        case (.tokenRevoked, .sl): .text("Žeton je preklican; naprave z njim nimajo več dostopa.")
        case (.tokenRevoked, .en): .text("The token has been revoked; machines using it no longer have access.")
        case (.roleRemoved, .sl): .text("Vloga je odstranjena. Obnovite jo lahko med izbrisanimi zapisi.")
        case (.roleRemoved, .en): .text("The role has been removed. You can restore it among the deleted records.")
        case (.joinRequested, .sl): .text("Prošnja je poslana koordinatorju partnerstva.")
        case (.joinRequested, .en): .text("The request has been sent to the partnership coordinator.")
        case (.joinApproved, .sl): .text("Prošnja je odobrena; mesto je članica, prosilec pa skrbnik mesta.")
        case (.joinApproved, .en): .text("The request has been approved; the city is a member and the requester its admin.")
        case (.joinDeclined, .sl): .text("Prošnja je zavrnjena; prosilec je obveščen.")
        case (.joinDeclined, .en): .text("The request has been declined; the requester has been told.")
        case (.imported, .sl): .text("Datoteka je uvožena: vrstice inventure so zamenjane, vsote in pot so izračunane znova.")
        case (.imported, .en):
            .text("The file has been imported: the inventory's rows are replaced, the totals and the pathway worked out again.")
        case (.submitted, .sl): .text("Inventura je oddana in zaklenjena s svojimi faktorji.")
        case (.submitted, .en): .text("The inventory has been submitted and is locked with its factors.")
        }
    }
}

extension Request {
    /// Redirects after a form, with a notice for the next page.
    package func redirect(to route: SiteRoute, notice: Notice? = nil) -> Response {
        let response = redirect(to: route.path, redirectType: .normal)
        if let notice {
            response.cookies[Notice.cookieName] = HTTPCookies.Value(
                string: notice.rawValue, maxAge: 60, path: "/", isSecure: isSecure, isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }

    /// The notice left by the previous form, if any.
    package var notice: Notice? {
        cookies[Notice.cookieName].flatMap { Notice(rawValue: $0.string) }
    }
}
