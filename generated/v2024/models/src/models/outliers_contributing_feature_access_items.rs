#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OutliersContributingFeatureAccessItems {
    /// The ID of the access item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// the display name of the access item
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Description of the access item.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// The type of the access item.
    #[serde(rename = "accessType", default, skip_serializing_if = "Option::is_none")]
    pub access_type: Option<crate::OutliersContributingFeatureAccessItemsAccessType>,
    /// the associated source name if it exists
    #[serde(rename = "sourceName", default, skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// rarest access
    #[serde(rename = "extremelyRare", default, skip_serializing_if = "Option::is_none")]
    pub extremely_rare: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl OutliersContributingFeatureAccessItems {
    /// Builds a `OutliersContributingFeatureAccessItems` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `display_name`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
    /// Sets `access_type`.
    pub fn access_type(
        mut self,
        value: impl Into<crate::OutliersContributingFeatureAccessItemsAccessType>,
    ) -> Self {
        self.access_type = Some(value.into());
        self
    }
    /// Sets `source_name`.
    pub fn source_name(mut self, value: impl Into<String>) -> Self {
        self.source_name = Some(value.into());
        self
    }
    /// Sets `extremely_rare`.
    pub fn extremely_rare(mut self, value: impl Into<bool>) -> Self {
        self.extremely_rare = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for OutliersContributingFeatureAccessItems {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of the access item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OutliersContributingFeatureAccessItemsAccessType {
    /// `ENTITLEMENT`
    Entitlement,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl OutliersContributingFeatureAccessItemsAccessType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Entitlement => "ENTITLEMENT",
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::Role => "ROLE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OutliersContributingFeatureAccessItemsAccessType {
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => Self::Entitlement,
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ROLE" => Self::Role,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(OutliersContributingFeatureAccessItemsAccessType);
