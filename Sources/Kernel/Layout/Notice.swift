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
    /// A line of the notice's own: what the change did (`NoticeDetail`).
    package static let detailCookieName = "zaveza_notice_detail"
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

/// A line of a notice's own, saying what a change did. It travels as
/// numbers, not text, and is worded when shown: a cookie someone else
/// planted can say nothing the site would not.
package enum NoticeDetail: Sendable, Equatable {
    /// The gap to the target in `year`, in tCO2e, before and after a change of the actions.
    case gap(year: Int, before: Double, after: Double)

    var cookie: String {
        switch self {
        case .gap(let year, let before, let after): "gap:\(year):\(before):\(after)"
        }
    }

    init?(cookie: String) {
        let parts = cookie.split(separator: ":").map(String.init)
        guard parts.count == 4, parts[0] == "gap", let year = Int(parts[1]), (1900...2200).contains(year),
            let before = Double(parts[2]), let after = Double(parts[3]), before.isFinite, after.isFinite
        else { return nil }
        self = .gap(year: year, before: before, after: after)
    }

    /// "Vrzel 2030: 80.051 → 74.650 t CO₂e." and the like; when the target is
    /// met before and after, the margin below it ("rezerva").
    package func text(_ t: Localizer) -> String {
        switch self {
        case .gap(let year, let before, let after):
            func gap(_ value: Double) -> String { value > 0 ? t.tonnesCO2e(value) : t(ClimateText.gapNone) }
            let words = ["year": String(year)]
            if before <= 0, after <= 0 {
                // 0 − x, not −x: no "−0 t".
                let (was, now) = (t.tonnesCO2e(0 - before), t.tonnesCO2e(0 - after))
                return was == now
                    ? t(ClimateText.marginSame, words.merging(["margin": now]) { $1 })
                    : t(ClimateText.marginChanged, words.merging(["before": was, "after": now]) { $1 })
            }
            return after > 0 && t.integer(rounding: max(0, before)) == t.integer(rounding: after)
                ? t(ClimateText.gapSame, words.merging(["gap": gap(after)]) { $1 })
                : t(ClimateText.gapChanged, words.merging(["before": gap(before), "after": gap(after)]) { $1 })
        }
    }
}

extension Response {
    /// Leaves a notice for the next page (and a detail of its own, or none
    /// left from an earlier form; an undo button for a record just deleted).
    package func leave(_ notice: Notice, detail: NoticeDetail? = nil, undo: Undo? = nil, secure: Bool) {
        func cookie(_ value: String?) -> HTTPCookies.Value {
            HTTPCookies.Value(
                string: value ?? "", maxAge: value == nil ? 0 : 60, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
        }
        cookies[Notice.cookieName] = cookie(notice.rawValue)
        cookies[Notice.detailCookieName] = cookie(detail?.cookie)
        cookies[Notice.undoCookieName] = cookie(undo.map { "\($0.slug)/\($0.type)/\($0.id.uuidString)" })
    }

    /// Forgets the notice once a page has shown it.
    package func forgetNotice(of request: Request) {
        for name in [Notice.cookieName, Notice.detailCookieName, Notice.undoCookieName] where request.sentCookies[name] != nil {
            cookies[name] = HTTPCookies.Value(string: "", maxAge: 0, path: "/", isHTTPOnly: true, sameSite: .lax)
        }
    }
}

extension Request {
    /// Redirects after a form, with a notice for the next page; `undo`, a
    /// record just deleted, gives the notice a button that restores it;
    /// `detail` says what the change did.
    package func redirect(to route: SiteRoute, notice: Notice? = nil, detail: NoticeDetail? = nil, undo: Undo? = nil) -> Response {
        let response = redirect(to: route.path, redirectType: .normal)
        if let notice { response.leave(notice, detail: detail, undo: undo, secure: isSecure) }
        return response
    }

    /// The notice left by the previous form, if any.
    package var notice: Notice? {
        sentCookies[Notice.cookieName].flatMap { Notice(rawValue: $0.string) }
    }

    /// The notice's own line, if the previous form left one.
    package var noticeDetail: NoticeDetail? {
        guard notice != nil, let value = sentCookies[Notice.detailCookieName]?.string, value.count <= 100 else { return nil }
        return NoticeDetail(cookie: value)
    }

    /// The record the previous form deleted, which the notice offers to restore.
    package var undo: Undo? {
        guard let parts = sentCookies[Notice.undoCookieName]?.string.split(separator: "/").map(String.init), parts.count == 3,
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
