import Kernel

/// How the city's history shows inventories and their rows.
enum InventoryHistory {
    static let inventory = AuditShape(
        CityInventory.auditType, name: { $0(InventoryText.recordInventory) }, gender: .feminine,
        fields: [
            ("year", .text { $0(InventoryText.columnYear) }), ("gwp", .text { $0(InventoryText.gwp) }),
            ("coverage", .text { $0(InventoryText.coverage) }),
            ("status", .choice({ $0(InventoryText.columnStatus) }, InventoryStatus.self) { $1($0.text) }),
        ],
        // The factors kept at submission are shown on the inventory's page.
        hidden: ["factors_used"])

    static let row = AuditShape(
        InventoryRow.auditType, name: { $0(InventoryText.recordRow) }, gender: .feminine,
        fields: [
            ("gpc", .gpc { $0(ClimateText.gpc) }),
            ("carrier", AuditField({ $0(ClimateText.carrier) }) { text, _, t in t.carrier(text) }),
            ("amount", .number { $0(ClimateText.amount) }), ("unit", .text { $0(ClimateText.unit) }),
            ("factor_tco2e_per_unit", .number { $0(InventoryText.ownFactor) }),
            ("emissions_tco2e", .number { $0(InventoryText.direct) }), ("notation_key", .text { $0(InventoryText.notationKey) }),
            ("data_source", .text { $0(ClimateText.dataSource) }),
            ("quality", .choice({ $0(ClimateText.quality) }, DataQuality.self) { $1($0.text) }),
        ],
        // The order of the rows, not something a person entered.
        hidden: ["position"])
}
