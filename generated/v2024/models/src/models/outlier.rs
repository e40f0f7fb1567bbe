#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outlier {
    /// The identity's unique identifier for the outlier record
    pub id: Option<String>,
    /// The ID of the identity that is detected as an outlier
    pub identity_id: Option<String>,
    /// The type of outlier summary
    pub r#type: Option<crate::OutlierType>,
    /// The first date the outlier was detected
    pub first_detection_date: Option<crate::primitives::DateTime>,
    /// The most recent date the outlier was detected
    pub latest_detection_date: Option<crate::primitives::DateTime>,
    /// Flag whether or not the outlier has been ignored
    pub ignored: Option<bool>,
    /// Object containing mapped identity attributes
    pub attributes: Option<::serde_json::Value>,
    /// The outlier score determined by the detection engine ranging from 0..1
    pub score: Option<f64>,
    /// Enum value of if the outlier manually or automatically un-ignored. Will be NULL if outlier is not ignored
    pub unignore_type: Option<Option<crate::OutlierUnignoreType>>,
    /// shows date when last time has been unignored outlier
    pub unignore_date: Option<Option<crate::primitives::DateTime>>,
    /// shows date when last time has been ignored outlier
    pub ignore_date: Option<Option<crate::primitives::DateTime>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Outlier {
    /// Builds a `Outlier` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Outlier {
    id: optional::<String>(id),
    identity_id: optional::<String>(identity_id),
    r#type: optional::<crate::OutlierType>(r#type),
    first_detection_date: optional::<crate::primitives::DateTime>(first_detection_date),
    latest_detection_date: optional::<crate::primitives::DateTime>(latest_detection_date),
    ignored: optional::<bool>(ignored),
    attributes: optional::<::serde_json::Value>(attributes),
    score: optional::<f64>(score),
    unignore_type: nullable::<crate::OutlierUnignoreType>(unignore_type, unignore_type_null),
    unignore_date: nullable::<crate::primitives::DateTime>(unignore_date, unignore_date_null),
    ignore_date: nullable::<crate::primitives::DateTime>(ignore_date, ignore_date_null),
});
crate::serde_helpers::serde_struct!(Outlier {
    id: optional("id"),
    identity_id: optional("identityId"),
    r#type: optional("type"),
    first_detection_date: optional("firstDetectionDate"),
    latest_detection_date: optional("latestDetectionDate"),
    ignored: optional("ignored"),
    attributes: nullable("attributes"),
    score: optional("score"),
    unignore_type: nullable("unignoreType"),
    unignore_date: nullable("unignoreDate"),
    ignore_date: nullable("ignoreDate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Outlier {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.unignore_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of outlier summary
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OutlierType {
    /// `LOW_SIMILARITY`
    LowSimilarity,
    /// `STRUCTURAL`
    Structural,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl OutlierType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LowSimilarity => "LOW_SIMILARITY",
            Self::Structural => "STRUCTURAL",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OutlierType {
    fn from(value: &str) -> Self {
        match value {
            "LOW_SIMILARITY" => Self::LowSimilarity,
            "STRUCTURAL" => Self::Structural,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(OutlierType);
/// Enum value of if the outlier manually or automatically un-ignored. Will be NULL if outlier is not ignored
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OutlierUnignoreType {
    /// `MANUAL`
    Manual,
    /// `AUTOMATIC`
    Automatic,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl OutlierUnignoreType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Manual => "MANUAL",
            Self::Automatic => "AUTOMATIC",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OutlierUnignoreType {
    fn from(value: &str) -> Self {
        match value {
            "MANUAL" => Self::Manual,
            "AUTOMATIC" => Self::Automatic,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(OutlierUnignoreType);
