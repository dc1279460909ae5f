import Fluent
import Foundation

extension User: Audited {
    package static var auditType: String { "user" }
    package var auditCityID: UUID? { nil }
    /// Never the password hash: only whether one is set, and a short
    /// fingerprint so that a change of password shows in the trail.
    package var auditFields: [String: String?] {
        [
            "email": email, "name": name,
            "password": passwordHash.map { "set (" + Secrets.hash($0).prefix(8) + ")" },
            "must_change_password": String(mustChangePassword),
        ]
    }
}

extension RoleAssignment: Audited {
    package static var auditType: String { "role_assignment" }
    package var auditCityID: UUID? { $city.id }
    package var auditFields: [String: String?] {
        ["user_id": $user.id.uuidString, "role": role.rawValue, "city_id": $city.id?.uuidString]
    }
}

extension APIToken: Audited {
    package static var auditType: String { "api_token" }
    package var auditCityID: UUID? { $city.id }
    package var auditFields: [String: String?] {
        [
            "name": name, "can_write": String(canWrite), "created_by": $createdBy.id.uuidString,
            "revoked_at": revokedAt.map { ISO8601DateFormatter().string(from: $0) },
        ]
    }
}
