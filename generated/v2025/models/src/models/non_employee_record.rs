#[derive(Debug, Clone, PartialEq, Default)]
pub struct NonEmployeeRecord {
    /// Non-Employee record id.
    ///
    /// Format: `uuid`.
    pub id: Option<String>,
    /// Requested identity account name.
    pub account_name: Option<String>,
    /// Non-Employee's first name.
    pub first_name: Option<String>,
    /// Non-Employee's last name.
    pub last_name: Option<String>,
    /// Non-Employee's email.
    pub email: Option<String>,
    /// Non-Employee's phone.
    pub phone: Option<String>,
    /// The account ID of a valid identity to serve as this non-employee's manager.
    pub manager: Option<String>,
    /// Non-Employee's source id.
    pub source_id: Option<String>,
    /// Additional attributes for a non-employee. Up to 10 custom attributes can be added.
    pub data: Option<::indexmap::IndexMap<String, String>>,
    /// Non-Employee employment start date.
    pub start_date: Option<crate::primitives::DateTime>,
    /// Non-Employee employment end date.
    pub end_date: Option<crate::primitives::DateTime>,
    /// When the request was last modified.
    pub modified: Option<crate::primitives::DateTime>,
    /// When the request was created.
    pub created: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NonEmployeeRecord {
    /// Builds a `NonEmployeeRecord` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(NonEmployeeRecord {
    id: optional::<String>(id),
    account_name: optional::<String>(account_name),
    first_name: optional::<String>(first_name),
    last_name: optional::<String>(last_name),
    email: optional::<String>(email),
    phone: optional::<String>(phone),
    manager: optional::<String>(manager),
    source_id: optional::<String>(source_id),
    data: optional::<::indexmap::IndexMap<String, String>>(data),
    start_date: optional::<crate::primitives::DateTime>(start_date),
    end_date: optional::<crate::primitives::DateTime>(end_date),
    modified: optional::<crate::primitives::DateTime>(modified),
    created: optional::<crate::primitives::DateTime>(created),
});
crate::serde_helpers::serde_struct!(NonEmployeeRecord {
    id: optional("id"),
    account_name: optional("accountName"),
    first_name: optional("firstName"),
    last_name: optional("lastName"),
    email: optional("email"),
    phone: optional("phone"),
    manager: optional("manager"),
    source_id: optional("sourceId"),
    data: optional("data"),
    start_date: optional("startDate"),
    end_date: optional("endDate"),
    modified: optional("modified"),
    created: optional("created"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeRecord {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.data, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
