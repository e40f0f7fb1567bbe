#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    /// Recommended type of account.
    pub r#type: crate::RecommendationType,
    /// Method used to produce the recommendation. DISCOVERY - suggested by AI, SOURCE - the account comes from a source flagged as containing machine accounts, CRITERIA - the account satisfies classification criteria.
    pub method: crate::RecommendationMethod,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Recommendation {
    /// Builds a `Recommendation` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::RecommendationType>,
        method: impl Into<crate::RecommendationMethod>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            method: method.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(Recommendation {
    r#type: required("type"),
    method: required("method"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Recommendation {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.method, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Method used to produce the recommendation. DISCOVERY - suggested by AI, SOURCE - the account comes from a source flagged as containing machine accounts, CRITERIA - the account satisfies classification criteria.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecommendationMethod {
    /// `DISCOVERY`
    Discovery,
    /// `SOURCE`
    Source,
    /// `CRITERIA`
    Criteria,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RecommendationMethod {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Discovery => "DISCOVERY",
            Self::Source => "SOURCE",
            Self::Criteria => "CRITERIA",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RecommendationMethod {
    fn from(value: &str) -> Self {
        match value {
            "DISCOVERY" => Self::Discovery,
            "SOURCE" => Self::Source,
            "CRITERIA" => Self::Criteria,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RecommendationMethod);
/// Recommended type of account.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecommendationType {
    /// `HUMAN`
    Human,
    /// `MACHINE`
    Machine,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RecommendationType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Human => "HUMAN",
            Self::Machine => "MACHINE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RecommendationType {
    fn from(value: &str) -> Self {
        match value {
            "HUMAN" => Self::Human,
            "MACHINE" => Self::Machine,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RecommendationType);
