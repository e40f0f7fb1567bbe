/// DTO type of certification for review.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CertificationReferenceDtoType {
    /// `CERTIFICATION`
    Certification,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CertificationReferenceDtoType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Certification => "CERTIFICATION",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CertificationReferenceDtoType {
    fn from(value: &str) -> Self {
        match value {
            "CERTIFICATION" => Self::Certification,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CertificationReferenceDtoType);
