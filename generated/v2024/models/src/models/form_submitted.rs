#[derive(Debug, Clone, PartialEq)]
pub struct FormSubmitted {
    /// Date and time when the user submitted the form.
    pub submitted_at: String,
    /// ISC tenant's unique identifier.
    pub tenant_id: String,
    /// Form instance's unique identifier.
    pub form_instance_id: String,
    /// Form definition's unique identifier.
    pub form_definition_id: String,
    /// Form's name.
    pub name: String,
    /// Origin of the form creation.
    pub created_by: crate::FormSubmittedCreatedBy,
    /// Identity who submitted the form.
    pub submitted_by: crate::FormSubmittedSubmittedBy,
    /// Data in the submitted form.
    pub form_data: ::serde_json::Value,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormSubmitted {
    /// Builds a `FormSubmitted` from its required fields; the others are unset.
    pub fn new(
        submitted_at: impl Into<String>,
        tenant_id: impl Into<String>,
        form_instance_id: impl Into<String>,
        form_definition_id: impl Into<String>,
        name: impl Into<String>,
        created_by: impl Into<crate::FormSubmittedCreatedBy>,
        submitted_by: impl Into<crate::FormSubmittedSubmittedBy>,
        form_data: impl Into<::serde_json::Value>,
    ) -> Self {
        Self {
            submitted_at: submitted_at.into(),
            tenant_id: tenant_id.into(),
            form_instance_id: form_instance_id.into(),
            form_definition_id: form_definition_id.into(),
            name: name.into(),
            created_by: created_by.into(),
            submitted_by: submitted_by.into(),
            form_data: form_data.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(FormSubmitted {
    submitted_at: required("submittedAt"),
    tenant_id: required("tenantId"),
    form_instance_id: required("formInstanceId"),
    form_definition_id: required("formDefinitionId"),
    name: required("name"),
    created_by: required("createdBy"),
    submitted_by: required("submittedBy"),
    form_data: required("formData"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormSubmitted {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.created_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.submitted_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.form_data, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Origin of the form creation.
#[derive(Debug, Clone, PartialEq)]
pub struct FormSubmittedCreatedBy {
    /// Form creation origin's type.
    pub r#type: crate::FormSubmittedCreatedByType,
    /// Unique identifier of the origin of the form creation.
    pub id: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormSubmittedCreatedBy {
    /// Builds a `FormSubmittedCreatedBy` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::FormSubmittedCreatedByType>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(FormSubmittedCreatedBy {
    r#type: required("type"),
    id: required("id"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormSubmittedCreatedBy {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Form creation origin's type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FormSubmittedCreatedByType {
    /// `WORKFLOW_EXECUTION`
    WorkflowExecution,
    /// `SOURCE`
    Source,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FormSubmittedCreatedByType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WorkflowExecution => "WORKFLOW_EXECUTION",
            Self::Source => "SOURCE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FormSubmittedCreatedByType {
    fn from(value: &str) -> Self {
        match value {
            "WORKFLOW_EXECUTION" => Self::WorkflowExecution,
            "SOURCE" => Self::Source,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FormSubmittedCreatedByType);
/// Identity who submitted the form.
#[derive(Debug, Clone, PartialEq)]
pub struct FormSubmittedSubmittedBy {
    /// DTO type of the identity who submitted the form.
    pub r#type: crate::FormSubmittedSubmittedByType,
    /// Unique identifier of the identity who submitted the form.
    pub id: String,
    /// Name of the identity who submitted the form.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormSubmittedSubmittedBy {
    /// Builds a `FormSubmittedSubmittedBy` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::FormSubmittedSubmittedByType>,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            name: name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(FormSubmittedSubmittedBy {
    r#type: required("type"),
    id: required("id"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormSubmittedSubmittedBy {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of the identity who submitted the form.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FormSubmittedSubmittedByType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FormSubmittedSubmittedByType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FormSubmittedSubmittedByType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FormSubmittedSubmittedByType);
