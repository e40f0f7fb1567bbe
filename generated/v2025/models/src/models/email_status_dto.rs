#[derive(Debug, Clone, PartialEq, Default)]
pub struct EmailStatusDto {
    /// Unique identifier for the verified sender address
    pub id: Option<Option<String>>,
    /// The verified sender email address
    pub email: Option<String>,
    /// Whether the sender address is verified by domain
    pub is_verified_by_domain: Option<bool>,
    /// The verification status of the sender address
    pub verification_status: Option<crate::EmailStatusDtoVerificationStatus>,
    /// The AWS SES region the sender address is associated with
    pub region: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EmailStatusDto {
    /// Builds a `EmailStatusDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EmailStatusDto {
    id: nullable::<String>(id, id_null),
    email: optional::<String>(email),
    is_verified_by_domain: optional::<bool>(is_verified_by_domain),
    verification_status: optional::<crate::EmailStatusDtoVerificationStatus>(verification_status),
    region: nullable::<String>(region, region_null),
});
crate::serde_helpers::serde_struct!(EmailStatusDto {
    id: nullable("id"),
    email: optional("email"),
    is_verified_by_domain: optional("isVerifiedByDomain"),
    verification_status: optional("verificationStatus"),
    region: nullable("region"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EmailStatusDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.verification_status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The verification status of the sender address
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EmailStatusDtoVerificationStatus {
    /// `PENDING`
    Pending,
    /// `SUCCESS`
    Success,
    /// `FAILED`
    Failed,
    /// `NA`
    Na,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl EmailStatusDtoVerificationStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Success => "SUCCESS",
            Self::Failed => "FAILED",
            Self::Na => "NA",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for EmailStatusDtoVerificationStatus {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "SUCCESS" => Self::Success,
            "FAILED" => Self::Failed,
            "NA" => Self::Na,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(EmailStatusDtoVerificationStatus);
