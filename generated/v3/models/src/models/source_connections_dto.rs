#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceConnectionsDto {
    /// The IdentityProfile attached to this source
    pub identity_profiles: Option<Vec<crate::IdentityProfilesConnections>>,
    /// Name of the CredentialProfile attached to this source
    pub credential_profiles: Option<Vec<String>>,
    /// The attributes attached to this source
    pub source_attributes: Option<Vec<String>>,
    /// The profiles attached to this source
    pub mapping_profiles: Option<Vec<String>>,
    /// A list of custom transforms associated with this source. A transform will be considered associated with a source if any attributes of the transform specify the source as the sourceName.
    pub dependent_custom_transforms: Option<Vec<crate::TransformRead>>,
    pub dependent_apps: Option<Vec<crate::DependantAppConnections>>,
    pub missing_dependents: Option<Vec<crate::DependantConnectionsMissingDto>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SourceConnectionsDto {
    /// Builds a `SourceConnectionsDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `identity_profiles`.
    pub fn identity_profiles(
        mut self,
        value: impl Into<Vec<crate::IdentityProfilesConnections>>,
    ) -> Self {
        self.identity_profiles = Some(value.into());
        self
    }
    /// Sets `credential_profiles`.
    pub fn credential_profiles(mut self, value: impl Into<Vec<String>>) -> Self {
        self.credential_profiles = Some(value.into());
        self
    }
    /// Sets `source_attributes`.
    pub fn source_attributes(mut self, value: impl Into<Vec<String>>) -> Self {
        self.source_attributes = Some(value.into());
        self
    }
    /// Sets `mapping_profiles`.
    pub fn mapping_profiles(mut self, value: impl Into<Vec<String>>) -> Self {
        self.mapping_profiles = Some(value.into());
        self
    }
    /// Sets `dependent_custom_transforms`.
    pub fn dependent_custom_transforms(
        mut self,
        value: impl Into<Vec<crate::TransformRead>>,
    ) -> Self {
        self.dependent_custom_transforms = Some(value.into());
        self
    }
    /// Sets `dependent_apps`.
    pub fn dependent_apps(
        mut self,
        value: impl Into<Vec<crate::DependantAppConnections>>,
    ) -> Self {
        self.dependent_apps = Some(value.into());
        self
    }
    /// Sets `missing_dependents`.
    pub fn missing_dependents(
        mut self,
        value: impl Into<Vec<crate::DependantConnectionsMissingDto>>,
    ) -> Self {
        self.missing_dependents = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(SourceConnectionsDto {
    identity_profiles: optional("identityProfiles"),
    credential_profiles: optional("credentialProfiles"),
    source_attributes: optional("sourceAttributes"),
    mapping_profiles: optional("mappingProfiles"),
    dependent_custom_transforms: optional("dependentCustomTransforms"),
    dependent_apps: optional("dependentApps"),
    missing_dependents: optional("missingDependents"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceConnectionsDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity_profiles, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.dependent_custom_transforms, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.dependent_apps, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.missing_dependents, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
