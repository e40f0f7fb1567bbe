/// Sed Assignee
#[derive(Debug, Clone, PartialEq)]
pub struct SedAssignee {
    /// Type of assignment
    /// When value is PERSONA, the value MUST be SOURCE_OWNER or ENTITLEMENT_OWNER
    /// IDENTITY SED_ASSIGNEE_IDENTITY_TYPE
    /// GROUP SED_ASSIGNEE_GROUP_TYPE
    /// SOURCE_OWNER SED_ASSIGNEE_SOURCE_OWNER_TYPE
    /// ENTITLEMENT_OWNER SED_ASSIGNEE_ENTITLEMENT_OWNER_TYPE
    pub r#type: crate::SedAssigneeType,
    /// Identity or Group identifier
    /// Empty when using source/entitlement owner personas
    pub value: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SedAssignee {
    /// Builds a `SedAssignee` from its required fields; the others are unset.
    pub fn new(r#type: impl Into<crate::SedAssigneeType>) -> Self {
        Self {
            r#type: r#type.into(),
            value: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(SedAssignee {
    value: optional::<String>(value),
});
crate::serde_helpers::serde_struct!(SedAssignee {
    r#type: required("type"),
    value: optional("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SedAssignee {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of assignment
/// When value is PERSONA, the value MUST be SOURCE_OWNER or ENTITLEMENT_OWNER
/// IDENTITY SED_ASSIGNEE_IDENTITY_TYPE
/// GROUP SED_ASSIGNEE_GROUP_TYPE
/// SOURCE_OWNER SED_ASSIGNEE_SOURCE_OWNER_TYPE
/// ENTITLEMENT_OWNER SED_ASSIGNEE_ENTITLEMENT_OWNER_TYPE
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SedAssigneeType {
    /// `IDENTITY`
    Identity,
    /// `GROUP`
    Group,
    /// `SOURCE_OWNER`
    SourceOwner,
    /// `ENTITLEMENT_OWNER`
    EntitlementOwner,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SedAssigneeType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Group => "GROUP",
            Self::SourceOwner => "SOURCE_OWNER",
            Self::EntitlementOwner => "ENTITLEMENT_OWNER",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SedAssigneeType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            "GROUP" => Self::Group,
            "SOURCE_OWNER" => Self::SourceOwner,
            "ENTITLEMENT_OWNER" => Self::EntitlementOwner,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SedAssigneeType);
