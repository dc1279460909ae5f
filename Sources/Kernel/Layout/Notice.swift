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
    case reportSubmitted

    package static let cookieName = "zaveza_notice"
    /// A line of the notice's own: what the change did, in the reader's words.
    package static let detailCookieName = "zaveza_notice_detail"
    /// The longest detail line kept.
    package static let detailLongest = 300
    /// What the notice's undo button restores: `slug/type/id` of a record just deleted.
    package static let undoCookieName = "zaveza_undo"

    package func message(in language: Language) -> Message {
        switch (self, language) {
        case (.saved, .sl): .text("Spremembe so shranjene.")
        case (.saved, .en): .text("Your changes have been saved.")
        case (.deleted, .sl):
            .text("Zapis je izbrisan. Kdor ga je izbrisal, ga lahko obnovi med izbrisanimi zapisi, skrbnik mesta pa vsakega.")
        case (.deleted, .en):
            .text("The record has been deleted. Whoever deleted it can restore it from the deleted records, the city admin any of them.")
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
        case (.reportSubmitted, .sl): .text("Poročilo je oddano: shranjen je njegov posnetek, ki se ne bo več spreminjal.")
        case (.reportSubmitted, .en): .text("The report has been submitted: its snapshot is kept and will not change.")
        }
    }
}

extension Request {
    /// Redirects after a form, with a notice for the next page; `undo`, a
    /// record just deleted, gives the notice a button that restores it.
    /// `detail`, a line in the reader's language, says what the change did.
    package func redirect(to route: SiteRoute, notice: Notice? = nil, detail: String? = nil, undo: Undo? = nil) -> Response {
        let response = redirect(to: route.path, redirectType: .normal)
        if let notice {
            response.cookies[Notice.cookieName] = HTTPCookies.Value(
                string: notice.rawValue, maxAge: 60, path: "/", isSecure: isSecure, isHTTPOnly: true, sameSite: .lax)
            // Without a detail of its own, none left from an earlier form.
            response.cookies[Notice.detailCookieName] = HTTPCookies.Value(
                string: detail.map { Data(String($0.prefix(Notice.detailLongest)).utf8).base64URLEncodedString() } ?? "",
                maxAge: detail == nil ? 0 : 60, path: "/", isSecure: isSecure, isHTTPOnly: true, sameSite: .lax)
        }
        if let undo {
            response.cookies[Notice.undoCookieName] = HTTPCookies.Value(
                string: "\(undo.slug)/\(undo.type)/\(undo.id.uuidString)", maxAge: 60, path: "/", isSecure: isSecure, isHTTPOnly: true,
                sameSite: .lax)
        }
        return response
    }

    /// The notice left by the previous form, if any.
    package var notice: Notice? {
        cookies[Notice.cookieName].flatMap { Notice(rawValue: $0.string) }
    }

    /// The notice's own line, if the previous form left one: printable text only.
    package var noticeDetail: String? {
        guard notice != nil, let value = cookies[Notice.detailCookieName]?.string, value.count <= 4 * Notice.detailLongest,
            let data = Data(base64URLEncoded: value), let text = String(data: data, encoding: .utf8)
        else { return nil }
        let line = String(text.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.map(Character.init))
            .prefix(Notice.detailLongest)
        return line.isEmpty ? nil : String(line)
    }

    /// The record the previous form deleted, which the notice offers to restore.
    package var undo: Undo? {
        guard let parts = cookies[Notice.undoCookieName]?.string.split(separator: "/").map(String.init), parts.count == 3,
            let id = UUID(uuidString: parts[2])
        else { return nil }
        return Undo(slug: parts[0], type: parts[1], id: id)
    }
}

/// A record just deleted, as the notice's undo button names it.
package struct Undo: Sendable, Equatable {
    package let slug: String
    package let type: String
    package let id: UUID

    package init(slug: String, type: String, id: UUID) {
        self.slug = slug
        self.type = type
        self.id = id
    }
}
