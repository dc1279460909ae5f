import Kernel

/// Texts of a city's history of changes and of its deleted records.
package enum HistoryText: String, TextCatalogue {
    case historyTitle, historyLead, historyRecordLead, historyEmpty, historyAll
    case columnWhen, columnWho, columnWhat, columnChanges, field, before, after
    case actionCreate, actionUpdate, actionDelete, actionRestore
    case actionCreateF, actionUpdateF, actionDeleteF, actionRestoreF, actionCreateN, actionUpdateN, actionDeleteN, actionRestoreN
    case deletedTitle, deletedLead, deletedOwnLead, deletedEmpty, restore, deletedAt
    case olderEntries

    package func message(in language: Language) -> Message {
        switch (self, language) {
        case (.historyTitle, .sl): .text("Zgodovina sprememb: {city}")
        case (.historyTitle, .en): .text("History of changes: {city}")
        case (.historyLead, .sl):
            .text("Vsaka sprememba podatkov mesta: kdo, kdaj, kaj je bilo prej in kaj potem. Zgodovine ni mogoče spreminjati.")
        case (.historyLead, .en):
            .text("Every change to the city's data: who, when, what it was before and after. The history itself cannot be changed.")
        case (.historyRecordLead, .sl): .text("Prikazane so spremembe enega zapisa.")
        case (.historyRecordLead, .en): .text("Showing the changes of one record.")
        case (.historyEmpty, .sl): .text("Sprememb še ni.")
        case (.historyEmpty, .en): .text("No changes yet.")
        case (.historyAll, .sl): .text("Vse spremembe mesta")
        case (.historyAll, .en): .text("All changes of the city")
        case (.columnWhen, .sl): .text("Kdaj")
        case (.columnWhen, .en): .text("When")
        case (.columnWho, .sl): .text("Kdo")
        case (.columnWho, .en): .text("Who")
        case (.columnWhat, .sl): .text("Kaj")
        case (.columnWhat, .en): .text("What")
        case (.columnChanges, .sl): .text("Spremembe")
        case (.columnChanges, .en): .text("Changes")
        case (.field, .sl): .text("Polje")
        case (.field, .en): .text("Field")
        case (.before, .sl): .text("Prej")
        case (.before, .en): .text("Before")
        case (.after, .sl): .text("Potem")
        case (.after, .en): .text("After")
        case (.actionCreate, .sl): .text("ustvarjen")
        case (.actionCreate, .en): .text("created")
        case (.actionUpdate, .sl): .text("spremenjen")
        case (.actionUpdate, .en): .text("changed")
        case (.actionDelete, .sl): .text("izbrisan")
        case (.actionDelete, .en): .text("deleted")
        case (.actionRestore, .sl): .text("obnovljen")
        case (.actionRestore, .en): .text("restored")
        case (.actionCreateF, .sl): .text("ustvarjena")
        case (.actionCreateF, .en): .text("created")
        case (.actionCreateN, .sl): .text("ustvarjeno")
        case (.actionCreateN, .en): .text("created")
        case (.actionUpdateF, .sl): .text("spremenjena")
        case (.actionUpdateF, .en): .text("changed")
        case (.actionUpdateN, .sl): .text("spremenjeno")
        case (.actionUpdateN, .en): .text("changed")
        case (.actionDeleteF, .sl): .text("izbrisana")
        case (.actionDeleteF, .en): .text("deleted")
        case (.actionDeleteN, .sl): .text("izbrisano")
        case (.actionDeleteN, .en): .text("deleted")
        case (.actionRestoreF, .sl): .text("obnovljena")
        case (.actionRestoreF, .en): .text("restored")
        case (.actionRestoreN, .sl): .text("obnovljeno")
        case (.actionRestoreN, .en): .text("restored")
        case (.deletedTitle, .sl): .text("Izbrisani zapisi: {city}")
        case (.deletedTitle, .en): .text("Deleted records: {city}")
        case (.deletedLead, .sl): .text("Izbrisani zapisi se ne izgubijo: skrbnik mesta jih lahko obnovi.")
        case (.deletedLead, .en): .text("Deleted records are not lost: the city admin can restore them.")
        case (.deletedOwnLead, .sl):
            .text("Zapisi, ki ste jih izbrisali sami: vsakega lahko obnovite. Zapise, ki so jih izbrisali drugi, obnovi skrbnik mesta.")
        case (.deletedOwnLead, .en):
            .text("The records you deleted yourself: you can restore each. Records others deleted are restored by the city admin.")
        case (.deletedEmpty, .sl): .text("Ni izbrisanih zapisov.")
        case (.deletedEmpty, .en): .text("No deleted records.")
        case (.restore, .sl): .text("Obnovi")
        case (.restore, .en): .text("Restore")
        case (.deletedAt, .sl): .text("Izbrisano")
        case (.deletedAt, .en): .text("Deleted")
        case (.olderEntries, .sl): .text("Starejše spremembe")
        case (.olderEntries, .en): .text("Older changes")
        }
    }
}

extension AuditEntry.Action {
    /// What happened, agreeing with the record's name ("Vloga osebe ustvarjena").
    func text(_ gender: AuditShape.Gender) -> HistoryText {
        switch (self, gender) {
        case (.create, .masculine): .actionCreate
        case (.update, .masculine): .actionUpdate
        case (.delete, .masculine): .actionDelete
        case (.restore, .masculine): .actionRestore
        case (.create, .feminine): .actionCreateF
        case (.update, .feminine): .actionUpdateF
        case (.delete, .feminine): .actionDeleteF
        case (.restore, .feminine): .actionRestoreF
        case (.create, .neuter): .actionCreateN
        case (.update, .neuter): .actionUpdateN
        case (.delete, .neuter): .actionDeleteN
        case (.restore, .neuter): .actionRestoreN
        }
    }
}
