#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordPolicyHoldersDtoAttributes {
    /// Attributes of PasswordPolicyHoldersDto
    pub identity_attr: Option<
        Vec<crate::PasswordPolicyHoldersDtoAttributesIdentityAttrItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PasswordPolicyHoldersDtoAttributes {
    /// Builds a `PasswordPolicyHoldersDtoAttributes` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PasswordPolicyHoldersDtoAttributes {
    identity_attr: optional::<Vec<crate::PasswordPolicyHoldersDtoAttributesIdentityAttrItem>>(identity_attr),
});
crate::serde_helpers::serde_struct!(PasswordPolicyHoldersDtoAttributes {
    identity_attr: optional("identityAttr"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PasswordPolicyHoldersDtoAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity_attr, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordPolicyHoldersDtoAttributesIdentityAttrItem {
    /// Attribute's name
    pub name: Option<String>,
    /// Attribute's value
    pub value: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PasswordPolicyHoldersDtoAttributesIdentityAttrItem {
    /// Builds a `PasswordPolicyHoldersDtoAttributesIdentityAttrItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PasswordPolicyHoldersDtoAttributesIdentityAttrItem {
    name: optional::<String>(name),
    value: optional::<String>(value),
});
crate::serde_helpers::serde_struct!(PasswordPolicyHoldersDtoAttributesIdentityAttrItem {
    name: optional("name"),
    value: optional("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for PasswordPolicyHoldersDtoAttributesIdentityAttrItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
