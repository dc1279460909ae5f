/// Words every feature uses: the kernel's catalogue, so no feature borrows
/// another's texts.
package enum SharedText: String, BilingualCatalogue {
    case required, choose, workspace, peopleLink, tokensLink

    package var slovenian: Message {
        switch self {
        case .required: .text("To polje je obvezno.")
        case .choose: .text("Izberite eno od možnosti.")
        case .workspace: .text("Delovni prostor mesta")
        case .peopleLink: .text("Ljudje")
        case .tokensLink: .text("Žetoni API")
        }
    }

    package var english: Message {
        switch self {
        case .required: .text("This field is required.")
        case .choose: .text("Choose one of the options.")
        case .workspace: .text("City workspace")
        case .peopleLink: .text("People")
        case .tokensLink: .text("API tokens")
        }
    }
}
