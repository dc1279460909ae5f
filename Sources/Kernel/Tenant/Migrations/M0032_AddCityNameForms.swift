import Fluent
import SQLKit

/// The forms a city's name takes in Slovenian sentences: the genitive
/// ("Izpusti Kranja") and the locative with its preposition ("v Kranju",
/// "na Ptuju"). The urban municipalities get theirs at once.
package struct M0032_AddCityNameForms: AsyncMigration {
    package var name: String { "0032-add-city-name-forms" }

    /// Slug → (genitive, locative with its preposition), as a Slovene writes them.
    package static let urbanMunicipalities: [String: (String, String)] = [
        "ljubljana": ("Ljubljane", "v Ljubljani"), "maribor": ("Maribora", "v Mariboru"), "celje": ("Celja", "v Celju"),
        "kranj": ("Kranja", "v Kranju"), "koper": ("Kopra", "v Kopru"), "velenje": ("Velenja", "v Velenju"),
        "novo-mesto": ("Novega mesta", "v Novem mestu"), "nova-gorica": ("Nove Gorice", "v Novi Gorici"), "krsko": ("Krškega", "v Krškem"),
        "ptuj": ("Ptuja", "na Ptuju"), "murska-sobota": ("Murske Sobote", "v Murski Soboti"),
        "slovenj-gradec": ("Slovenj Gradca", "v Slovenj Gradcu"),
    ]

    package func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds no more at once.
        try await database.schema(City.schema).field("name_genitive", .string).update()
        try await database.schema(City.schema).field("name_locative", .string).update()
        let sql = database as! any SQLDatabase
        for (slug, forms) in Self.urbanMunicipalities {
            try await sql.update(City.schema).set("name_genitive", to: forms.0).set("name_locative", to: forms.1)
                .where("slug", .equal, slug).run()
        }
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(City.schema).deleteField("name_genitive").update()
        try await database.schema(City.schema).deleteField("name_locative").update()
    }
}
