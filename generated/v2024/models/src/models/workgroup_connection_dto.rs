#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkgroupConnectionDto {
    pub object: Option<crate::ConnectedObject>,
    /// Connection Type.
    pub connection_type: Option<crate::WorkgroupConnectionDtoConnectionType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkgroupConnectionDto {
    /// Builds a `WorkgroupConnectionDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(WorkgroupConnectionDto {
    object: optional::<crate::ConnectedObject>(object),
    connection_type: optional::<crate::WorkgroupConnectionDtoConnectionType>(connection_type),
});
crate::serde_helpers::serde_struct!(WorkgroupConnectionDto {
    object: optional("object"),
    connection_type: optional("connectionType"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for WorkgroupConnectionDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.object, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.connection_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Connection Type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WorkgroupConnectionDtoConnectionType {
    /// `AccessRequestReviewer`
    AccessRequestReviewer,
    /// `Owner`
    Owner,
    /// `ManagementWorkgroup`
    ManagementWorkgroup,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl WorkgroupConnectionDtoConnectionType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessRequestReviewer => "AccessRequestReviewer",
            Self::Owner => "Owner",
            Self::ManagementWorkgroup => "ManagementWorkgroup",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for WorkgroupConnectionDtoConnectionType {
    fn from(value: &str) -> Self {
        match value {
            "AccessRequestReviewer" => Self::AccessRequestReviewer,
            "Owner" => Self::Owner,
            "ManagementWorkgroup" => Self::ManagementWorkgroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(WorkgroupConnectionDtoConnectionType);
