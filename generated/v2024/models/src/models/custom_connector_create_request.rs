#[derive(Debug, Clone, PartialEq)]
pub struct CustomConnectorCreateRequest {
    /// The connector name. Need to be unique per tenant. The name will able be used to derive a url friendly unique scriptname that will be in response. Script name can then be used for all update endpoints
    pub name: String,
    /// The connector type. If not specified will be defaulted to 'custom '+name
    pub r#type: Option<String>,
    /// The connector class name. If you are implementing openconnector standard (what is recommended), then this need to be set to sailpoint.connector.OpenConnectorAdapter
    pub class_name: String,
    /// true if the source is a direct connect source
    pub direct_connect: Option<bool>,
    /// The connector status
    pub status: Option<crate::CustomConnectorCreateRequestStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CustomConnectorCreateRequest {
    /// Builds a `CustomConnectorCreateRequest` from its required fields; the others are unset.
    pub fn new(name: impl Into<String>, class_name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            r#type: None,
            class_name: class_name.into(),
            direct_connect: None,
            status: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(CustomConnectorCreateRequest {
    r#type: optional::<String>(r#type),
    direct_connect: optional::<bool>(direct_connect),
    status: optional::<crate::CustomConnectorCreateRequestStatus>(status),
});
crate::serde_helpers::serde_struct!(CustomConnectorCreateRequest {
    name: required("name"),
    r#type: optional("type"),
    class_name: required("className"),
    direct_connect: optional("directConnect"),
    status: optional("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CustomConnectorCreateRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The connector status
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CustomConnectorCreateRequestStatus {
    /// `DEVELOPMENT`
    Development,
    /// `DEMO`
    Demo,
    /// `RELEASED`
    Released,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CustomConnectorCreateRequestStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Development => "DEVELOPMENT",
            Self::Demo => "DEMO",
            Self::Released => "RELEASED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CustomConnectorCreateRequestStatus {
    fn from(value: &str) -> Self {
        match value {
            "DEVELOPMENT" => Self::Development,
            "DEMO" => Self::Demo,
            "RELEASED" => Self::Released,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CustomConnectorCreateRequestStatus);
