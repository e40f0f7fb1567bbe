#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaggedObjectDto {
    /// DTO type
    pub r#type: Option<crate::TaggedObjectDtoType>,
    /// ID of the object this reference applies to
    pub id: Option<String>,
    /// Human-readable display name of the object this reference applies to
    pub name: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TaggedObjectDto {
    /// Builds a `TaggedObjectDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TaggedObjectDto {
    r#type: optional::<crate::TaggedObjectDtoType>(r#type),
    id: optional::<String>(id),
    name: nullable::<String>(name, name_null),
});
crate::serde_helpers::serde_struct!(TaggedObjectDto {
    r#type: optional("type"),
    id: optional("id"),
    name: nullable("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TaggedObjectDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TaggedObjectDtoType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `APPLICATION`
    Application,
    /// `CAMPAIGN`
    Campaign,
    /// `ENTITLEMENT`
    Entitlement,
    /// `IDENTITY`
    Identity,
    /// `ROLE`
    Role,
    /// `SOD_POLICY`
    SodPolicy,
    /// `SOURCE`
    Source,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl TaggedObjectDtoType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::Application => "APPLICATION",
            Self::Campaign => "CAMPAIGN",
            Self::Entitlement => "ENTITLEMENT",
            Self::Identity => "IDENTITY",
            Self::Role => "ROLE",
            Self::SodPolicy => "SOD_POLICY",
            Self::Source => "SOURCE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for TaggedObjectDtoType {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Self::AccessProfile,
            "APPLICATION" => Self::Application,
            "CAMPAIGN" => Self::Campaign,
            "ENTITLEMENT" => Self::Entitlement,
            "IDENTITY" => Self::Identity,
            "ROLE" => Self::Role,
            "SOD_POLICY" => Self::SodPolicy,
            "SOURCE" => Self::Source,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(TaggedObjectDtoType);
