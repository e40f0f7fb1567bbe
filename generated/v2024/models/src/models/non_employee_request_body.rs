#[derive(Debug, Clone, PartialEq)]
pub struct NonEmployeeRequestBody {
    /// Requested identity account name.
    pub account_name: String,
    /// Non-Employee's first name.
    pub first_name: String,
    /// Non-Employee's last name.
    pub last_name: String,
    /// Non-Employee's email.
    pub email: String,
    /// Non-Employee's phone.
    pub phone: String,
    /// The account ID of a valid identity to serve as this non-employee's manager.
    pub manager: String,
    /// Non-Employee's source id.
    pub source_id: String,
    /// Additional attributes for a non-employee. Up to 10 custom attributes can be added.
    pub data: Option<::indexmap::IndexMap<String, String>>,
    /// Non-Employee employment start date.
    pub start_date: crate::primitives::DateTime,
    /// Non-Employee employment end date.
    pub end_date: crate::primitives::DateTime,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NonEmployeeRequestBody {
    /// Builds a `NonEmployeeRequestBody` from its required fields; the others are unset.
    pub fn new(
        account_name: impl Into<String>,
        first_name: impl Into<String>,
        last_name: impl Into<String>,
        email: impl Into<String>,
        phone: impl Into<String>,
        manager: impl Into<String>,
        source_id: impl Into<String>,
        start_date: impl Into<crate::primitives::DateTime>,
        end_date: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        Self {
            account_name: account_name.into(),
            first_name: first_name.into(),
            last_name: last_name.into(),
            email: email.into(),
            phone: phone.into(),
            manager: manager.into(),
            source_id: source_id.into(),
            data: None,
            start_date: start_date.into(),
            end_date: end_date.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(NonEmployeeRequestBody {
    data: optional::<::indexmap::IndexMap<String, String>>(data),
});
crate::serde_helpers::serde_struct!(NonEmployeeRequestBody {
    account_name: required("accountName"),
    first_name: required("firstName"),
    last_name: required("lastName"),
    email: required("email"),
    phone: required("phone"),
    manager: required("manager"),
    source_id: required("sourceId"),
    data: optional("data"),
    start_date: required("startDate"),
    end_date: required("endDate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeRequestBody {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.data, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
