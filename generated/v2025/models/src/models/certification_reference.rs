#[derive(Debug, Clone, PartialEq, Default)]
pub struct CertificationReference {
    /// The id of the certification.
    pub id: Option<String>,
    /// The name of the certification.
    pub name: Option<String>,
    pub r#type: Option<crate::CertificationReferenceType>,
    pub reviewer: Option<crate::Reviewer>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CertificationReference {
    /// Builds a `CertificationReference` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CertificationReference {
    id: optional::<String>(id),
    name: optional::<String>(name),
    r#type: optional::<crate::CertificationReferenceType>(r#type),
    reviewer: optional::<crate::Reviewer>(reviewer),
});
crate::serde_helpers::serde_struct!(CertificationReference {
    id: optional("id"),
    name: optional("name"),
    r#type: optional("type"),
    reviewer: optional("reviewer"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CertificationReference {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CertificationReferenceType {
    /// `CERTIFICATION`
    Certification,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CertificationReferenceType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Certification => "CERTIFICATION",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CertificationReferenceType {
    fn from(value: &str) -> Self {
        match value {
            "CERTIFICATION" => Self::Certification,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CertificationReferenceType);
