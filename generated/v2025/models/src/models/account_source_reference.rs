/// Details about the account source.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountSourceReference {
    /// The unique ID of the source.
    pub id: String,
    /// The name of the source.
    pub name: String,
    /// The alias of the source.
    pub alias: String,
    /// Details about the owner of the source.
    pub owner: crate::AccountSourceReferenceOwner,
    /// Details about the governance group of the source.
    pub governance_group: crate::AccountSourceReferenceGovernanceGroup,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountSourceReference {
    /// Builds a `AccountSourceReference` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        alias: impl Into<String>,
        owner: impl Into<crate::AccountSourceReferenceOwner>,
        governance_group: impl Into<crate::AccountSourceReferenceGovernanceGroup>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            alias: alias.into(),
            owner: owner.into(),
            governance_group: governance_group.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccountSourceReference {
    id: required("id"),
    name: required("name"),
    alias: required("alias"),
    owner: required("owner"),
    governance_group: required("governanceGroup"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountSourceReference {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.governance_group, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Details about the governance group of the source.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountSourceReferenceGovernanceGroup {
    /// ID of the governance group.
    pub id: String,
    /// Name of the governance group.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountSourceReferenceGovernanceGroup {
    /// Builds a `AccountSourceReferenceGovernanceGroup` from its required fields; the others are unset.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccountSourceReferenceGovernanceGroup {
    id: required("id"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountSourceReferenceGovernanceGroup {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Details about the owner of the source.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountSourceReferenceOwner {
    /// ID of the source owner.
    pub id: String,
    /// Name of the source owner.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountSourceReferenceOwner {
    /// Builds a `AccountSourceReferenceOwner` from its required fields; the others are unset.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccountSourceReferenceOwner {
    id: required("id"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountSourceReferenceOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
