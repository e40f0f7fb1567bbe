#[derive(Debug, Clone, PartialEq)]
pub struct OutlierDetected {
    /// Identity with unusual access, relative to its peers.
    pub identity: crate::OutlierDetectedIdentity,
    /// Identity's outlier type.
    pub outlier_type: crate::OutlierDetectedOutlierType,
    /// Dissimilarity score that determines whether the identity is an outlier, ranging from `0.0` to `1.0`. The higher the score, the more likely the identity is an outlier.
    pub score: f64,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl OutlierDetected {
    /// Builds a `OutlierDetected` from its required fields; the others are unset.
    pub fn new(
        identity: impl Into<crate::OutlierDetectedIdentity>,
        outlier_type: impl Into<crate::OutlierDetectedOutlierType>,
        score: impl Into<f64>,
    ) -> Self {
        Self {
            identity: identity.into(),
            outlier_type: outlier_type.into(),
            score: score.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(OutlierDetected {
    identity: required("identity"),
    outlier_type: required("outlierType"),
    score: required("score"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for OutlierDetected {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.outlier_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Identity with unusual access, relative to its peers.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlierDetectedIdentity {
    /// Identity's DTO type.
    pub r#type: crate::OutlierDetectedIdentityType,
    /// Identity's unique ID.
    pub id: String,
    /// Identity's name.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl OutlierDetectedIdentity {
    /// Builds a `OutlierDetectedIdentity` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::OutlierDetectedIdentityType>,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            name: name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(OutlierDetectedIdentity {
    r#type: required("type"),
    id: required("id"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for OutlierDetectedIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Identity's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OutlierDetectedIdentityType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl OutlierDetectedIdentityType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OutlierDetectedIdentityType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(OutlierDetectedIdentityType);
/// Identity's outlier type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OutlierDetectedOutlierType {
    /// `LOW_SIMILARITY`
    LowSimilarity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl OutlierDetectedOutlierType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LowSimilarity => "LOW_SIMILARITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OutlierDetectedOutlierType {
    fn from(value: &str) -> Self {
        match value {
            "LOW_SIMILARITY" => Self::LowSimilarity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(OutlierDetectedOutlierType);
