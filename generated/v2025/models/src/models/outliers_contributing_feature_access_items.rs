#[derive(Debug, Clone, PartialEq, Default)]
pub struct OutliersContributingFeatureAccessItems {
    /// The ID of the access item
    pub id: Option<String>,
    /// the display name of the access item
    pub display_name: Option<String>,
    /// Description of the access item.
    pub description: Option<Option<String>>,
    /// The type of the access item.
    pub access_type: Option<crate::OutliersContributingFeatureAccessItemsAccessType>,
    /// the associated source name if it exists
    pub source_name: Option<String>,
    /// rarest access
    pub extremely_rare: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl OutliersContributingFeatureAccessItems {
    /// Builds a `OutliersContributingFeatureAccessItems` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(OutliersContributingFeatureAccessItems {
    id: optional::<String>(id),
    display_name: optional::<String>(display_name),
    description: nullable::<String>(description, description_null),
    access_type: optional::<crate::OutliersContributingFeatureAccessItemsAccessType>(access_type),
    source_name: optional::<String>(source_name),
    extremely_rare: optional::<bool>(extremely_rare),
});
crate::serde_helpers::serde_struct!(OutliersContributingFeatureAccessItems {
    id: optional("id"),
    display_name: optional("displayName"),
    description: nullable("description"),
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
