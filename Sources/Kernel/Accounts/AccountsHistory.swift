import Fluent
import Foundation

/// How a city's history shows accounts, people's roles and API tokens.
enum AccountsHistory {
    static let user = AuditShape(
        User.auditType, name: { $0(AccountsText.recordUser) },
        fields: [
            ("email", .text { $0(AccountsText.fieldEmail) }), ("name", .text { $0(AccountsText.fieldName) }),
            // Only whether one is set; its short fingerprint shows that it changed.
            (
                "password",
                AuditField({ $0(AccountsText.fieldPassword) }) { text, _, t in text.hasPrefix("set") ? t(CoreText.passwordSet) : text }
            ),
            ("must_change_password", .flag { $0(AccountsText.mustChangePassword) }),
        ],
        names: { ids, database, _ in
            let users = try await User.query(on: database).filter(\.$id ~~ ids).all()
            return Dictionary(users.map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
        })

    static let role = AuditShape(
        RoleAssignment.auditType, name: { $0(AccountsText.recordRole) }, gender: .feminine,
        fields: [
            ("user_id", .record({ $0(AccountsText.person) }, User.auditType)),
            ("role", .choice({ $0(AccountsText.fieldRole) }, Role.self) { $1($0.text) }),
            ("city_id", .record({ $0(AccountsText.city) }, City.auditType)),
        ])

    static let token = AuditShape(
        APIToken.auditType, name: { $0(AccountsText.recordToken) },
        fields: [
            ("name", .text { $0(AccountsText.tokensName) }),
            (
                "can_write",
                AuditField({ $0(AccountsText.tokensScope) }) { text, _, t in
                    t(text == "true" ? AccountsText.tokensScopeWrite : AccountsText.tokensScopeRead)
                }
            ),
            ("created_by", .record({ $0(AccountsText.createdBy) }, User.auditType)),
            ("revoked_at", .moment { $0(AccountsText.revokedAt) }),
        ])
}
