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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceConnectionsDto {
    /// Builds a `SourceConnectionsDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SourceConnectionsDto {
    identity_profiles: optional::<Vec<crate::IdentityProfilesConnections>>(identity_profiles),
    credential_profiles: optional::<Vec<String>>(credential_profiles),
    source_attributes: optional::<Vec<String>>(source_attributes),
    mapping_profiles: optional::<Vec<String>>(mapping_profiles),
    dependent_custom_transforms: optional::<Vec<crate::TransformRead>>(dependent_custom_transforms),
    dependent_apps: optional::<Vec<crate::DependantAppConnections>>(dependent_apps),
    missing_dependents: optional::<Vec<crate::DependantConnectionsMissingDto>>(missing_dependents),
});
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
