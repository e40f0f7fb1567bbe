#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaggedObject {
    pub object_ref: Option<crate::TaggedObjectObjectRef>,
    /// Labels to be applied to an Object
    pub tags: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TaggedObject {
    /// Builds a `TaggedObject` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TaggedObject {
    object_ref: optional::<crate::TaggedObjectObjectRef>(object_ref),
    tags: optional::<Vec<String>>(tags),
});
crate::serde_helpers::serde_struct!(TaggedObject {
    object_ref: optional("objectRef"),
    tags: optional("tags"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TaggedObject {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.object_ref, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaggedObjectObjectRef {
    /// DTO type
    pub r#type: Option<crate::TaggedObjectObjectRefType>,
    /// ID of the object to which this reference applies
    pub id: Option<String>,
    /// Human-readable display name of the object to which this reference applies
    pub name: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TaggedObjectObjectRef {
    /// Builds a `TaggedObjectObjectRef` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TaggedObjectObjectRef {
    r#type: optional::<crate::TaggedObjectObjectRefType>(r#type),
    id: optional::<String>(id),
    name: nullable::<String>(name, name_null),
});
crate::serde_helpers::serde_struct!(TaggedObjectObjectRef {
    r#type: optional("type"),
    id: optional("id"),
    name: nullable("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TaggedObjectObjectRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TaggedObjectObjectRefType {
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
impl TaggedObjectObjectRefType {
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
impl From<&str> for TaggedObjectObjectRefType {
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
crate::serde_helpers::string_enum!(TaggedObjectObjectRefType);
