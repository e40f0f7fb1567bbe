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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Outlier {
    /// Builds a `Outlier` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `identity_id`.
    pub fn identity_id(mut self, value: impl Into<String>) -> Self {
        self.identity_id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::OutlierType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `first_detection_date`.
    pub fn first_detection_date(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.first_detection_date = Some(value.into());
        self
    }
    /// Sets `latest_detection_date`.
    pub fn latest_detection_date(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.latest_detection_date = Some(value.into());
        self
    }
    /// Sets `ignored`.
    pub fn ignored(mut self, value: impl Into<bool>) -> Self {
        self.ignored = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.attributes = Some(value.into());
        self
    }
    /// Sets `score`.
    pub fn score(mut self, value: impl Into<f64>) -> Self {
        self.score = Some(value.into());
        self
    }
    /// Sets `unignore_type`.
    pub fn unignore_type(
        mut self,
        value: impl Into<crate::OutlierUnignoreType>,
    ) -> Self {
        self.unignore_type = Some(Some(value.into()));
        self
    }
    /// Sets `unignore_type` to an explicit `null`.
    pub fn unignore_type_null(mut self) -> Self {
        self.unignore_type = Some(None);
        self
    }
    /// Sets `unignore_date`.
    pub fn unignore_date(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.unignore_date = Some(Some(value.into()));
        self
    }
    /// Sets `unignore_date` to an explicit `null`.
    pub fn unignore_date_null(mut self) -> Self {
        self.unignore_date = Some(None);
        self
    }
    /// Sets `ignore_date`.
    pub fn ignore_date(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.ignore_date = Some(Some(value.into()));
        self
    }
    /// Sets `ignore_date` to an explicit `null`.
    pub fn ignore_date_null(mut self) -> Self {
        self.ignore_date = Some(None);
        self
    }
}
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
