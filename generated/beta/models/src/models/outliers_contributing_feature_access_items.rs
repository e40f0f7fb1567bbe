#[derive(Debug, Clone, PartialEq, Default)]
pub struct OutliersContributingFeatureAccessItems {
    /// The ID of the access item
    pub id: Option<String>,
    /// the display name of the access item
    pub display_name: Option<String>,
    /// Description of the access item.
    pub description: Option<String>,
    /// The type of the access item.
    pub access_type: Option<crate::OutliersContributingFeatureAccessItemsAccessType>,
    /// the associated source name if it exists
    pub source_name: Option<String>,
    /// rarest access
    pub extremely_rare: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
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
        self.description = Some(value.into());
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
crate::serde_helpers::serde_struct!(OutliersContributingFeatureAccessItems {
    id: optional("id"),
    display_name: optional("displayName"),
    description: optional("description"),
    access_type: optional("accessType"),
    source_name: optional("sourceName"),
    extremely_rare: optional("extremelyRare"),
    ..additional_properties
});
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
