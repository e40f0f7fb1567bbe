#[derive(Debug, Clone, PartialEq, Default)]
pub struct DependantConnectionsMissingDto {
    /// The type of dependency type that is missing in the SourceConnections
    pub dependency_type: Option<crate::DependantConnectionsMissingDtoDependencyType>,
    /// The reason why this dependency is missing
    pub reason: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DependantConnectionsMissingDto {
    /// Builds a `DependantConnectionsMissingDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DependantConnectionsMissingDto {
    dependency_type: optional::<crate::DependantConnectionsMissingDtoDependencyType>(dependency_type),
    reason: optional::<String>(reason),
});
crate::serde_helpers::serde_struct!(DependantConnectionsMissingDto {
    dependency_type: optional("dependencyType"),
    reason: optional("reason"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DependantConnectionsMissingDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.dependency_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of dependency type that is missing in the SourceConnections
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DependantConnectionsMissingDtoDependencyType {
    /// `identityProfiles`
    IdentityProfiles,
    /// `credentialProfiles`
    CredentialProfiles,
    /// `mappingProfiles`
    MappingProfiles,
    /// `sourceAttributes`
    SourceAttributes,
    /// `dependantCustomTransforms`
    DependantCustomTransforms,
    /// `dependantApps`
    DependantApps,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DependantConnectionsMissingDtoDependencyType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IdentityProfiles => "identityProfiles",
            Self::CredentialProfiles => "credentialProfiles",
            Self::MappingProfiles => "mappingProfiles",
            Self::SourceAttributes => "sourceAttributes",
            Self::DependantCustomTransforms => "dependantCustomTransforms",
            Self::DependantApps => "dependantApps",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for DependantConnectionsMissingDtoDependencyType {
    fn from(value: &str) -> Self {
        match value {
            "identityProfiles" => Self::IdentityProfiles,
            "credentialProfiles" => Self::CredentialProfiles,
            "mappingProfiles" => Self::MappingProfiles,
            "sourceAttributes" => Self::SourceAttributes,
            "dependantCustomTransforms" => Self::DependantCustomTransforms,
            "dependantApps" => Self::DependantApps,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DependantConnectionsMissingDtoDependencyType);
