#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormDetails {
    /// ID of the form
    pub id: Option<Option<String>>,
    /// Name of the form
    pub name: Option<Option<String>>,
    /// The form title
    pub title: Option<String>,
    /// The form subtitle.
    pub subtitle: Option<String>,
    /// The name of the user that should be shown this form
    pub target_user: Option<String>,
    /// Sections of the form
    pub sections: Option<Vec<crate::SectionDetails>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormDetails {
    /// Builds a `FormDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormDetails {
    id: nullable::<String>(id, id_null),
    name: nullable::<String>(name, name_null),
    title: optional::<String>(title),
    subtitle: optional::<String>(subtitle),
    target_user: optional::<String>(target_user),
    sections: optional::<Vec<crate::SectionDetails>>(sections),
});
crate::serde_helpers::serde_struct!(FormDetails {
    id: nullable("id"),
    name: nullable("name"),
    title: optional("title"),
    subtitle: optional("subtitle"),
    target_user: optional("targetUser"),
    sections: optional("sections"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.sections, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
