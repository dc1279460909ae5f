/// Units of activity data (MODEL.md §1). Every activity is held as energy in
/// MWh once read, whatever unit it came in.
public enum ActivityUnit: String, Sendable, CaseIterable, Codable {
    case kWh, MWh, GWh, GJ, TJ
    case kg, t
    case L, m3

    public var isEnergy: Bool { [.kWh, .MWh, .GWh, .GJ, .TJ].contains(self) }

    /// 1 MWh = 3.6 GJ; 1 TJ = 1000 GJ.
    static let gjPerMWh = 3.6
    /// Net calorific value of natural gas on the Slovenian network: 34.0 MJ per m3.
    public static let naturalGasGJPerM3 = 0.034
    /// Typical densities, kg per litre (shared/domain/README.md; "typical").
    public static let densityKgPerL: [String: Double] = ["diesel": 0.84, "heating_oil": 0.84, "gasoline": 0.745, "lpg": 0.54]

    /// MWh of an energy amount.
    func megawattHours(_ amount: Double) -> Double? {
        switch self {
        case .kWh: amount / 1000
        case .MWh: amount
        case .GWh: amount * 1000
        case .GJ: amount / Self.gjPerMWh
        case .TJ: amount * 1000 / Self.gjPerMWh
        default: nil
        }
    }
}

/// Why an amount could not be turned into energy.
enum UnitProblem: Error, Equatable {
    /// The unit does not fit the carrier (L for coal, m3 for diesel, kg for electricity…).
    case unitDoesNotFit
}

extension ActivityUnit {
    /// The energy (MWh) of `amount` of `carrier` in this unit: energy units
    /// directly; mass through the net calorific value (TJ/Gg = GJ/t); litres
    /// through the density to mass; m3 of natural gas at 34.0 MJ/m3.
    func megawattHours(_ amount: Double, of carrier: String, _ reference: ReferenceData) -> Result<Double, UnitProblem> {
        if let energy = megawattHours(amount) { return .success(energy) }
        if ReferenceData.gridCarriers.contains(carrier) || ReferenceData.zeroCarriers.contains(carrier) { return .failure(.unitDoesNotFit) }
        switch self {
        case .kg, .t:
            guard let ncv = reference.fuels[carrier]?.ncvTJPerGg else { return .failure(.unitDoesNotFit) }
            let tonnes = self == .kg ? amount / 1000 : amount
            return .success(tonnes * ncv / Self.gjPerMWh)
        case .L:
            guard let density = Self.densityKgPerL[carrier], let ncv = reference.fuels[carrier]?.ncvTJPerGg else {
                return .failure(.unitDoesNotFit)
            }
            return .success(amount * density / 1000 * ncv / Self.gjPerMWh)
        case .m3:
            guard carrier == "natural_gas" else { return .failure(.unitDoesNotFit) }
            return .success(amount * Self.naturalGasGJPerM3 / Self.gjPerMWh)
        default:
            return .failure(.unitDoesNotFit)
        }
    }
}
