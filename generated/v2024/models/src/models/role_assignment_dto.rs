#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleAssignmentDto {
    /// Assignment Id
    pub id: Option<String>,
    /// Role Id and Name related to this assignment
    pub role: Option<crate::BaseReferenceDto>,
    /// Comments added by the user when the assignment was made
    pub comments: Option<Option<String>>,
    /// Source describing how this assignment was made
    pub assignment_source: Option<String>,
    /// The identity that performed the assignment. This could be blank or system
    pub assigner: Option<crate::RoleAssignmentDtoAssigner>,
    /// Dimensions assigned related to this role
    pub assigned_dimensions: Option<Vec<crate::BaseReferenceDto>>,
    pub assignment_context: Option<Option<crate::AssignmentContextDto>>,
    pub account_targets: Option<Vec<crate::RoleTargetDto>>,
    /// Date when assignment will be active, if access was requested with a future start date. If null, assignment is active immediately
    pub start_date: Option<Option<crate::primitives::DateTime>>,
    /// Date that the assignment will be removed
    pub remove_date: Option<Option<crate::primitives::DateTime>>,
    /// Date that the assignment was added
    pub added_date: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleAssignmentDto {
    /// Builds a `RoleAssignmentDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<crate::BaseReferenceDto>) -> Self {
        self.role = Some(value.into());
        self
    }
    /// Sets `comments`.
    pub fn comments(mut self, value: impl Into<String>) -> Self {
        self.comments = Some(Some(value.into()));
        self
    }
    /// Sets `comments` to an explicit `null`.
    pub fn comments_null(mut self) -> Self {
        self.comments = Some(None);
        self
    }
    /// Sets `assignment_source`.
    pub fn assignment_source(mut self, value: impl Into<String>) -> Self {
        self.assignment_source = Some(value.into());
        self
    }
    /// Sets `assigner`.
    pub fn assigner(
        mut self,
        value: impl Into<crate::RoleAssignmentDtoAssigner>,
    ) -> Self {
        self.assigner = Some(value.into());
        self
    }
    /// Sets `assigned_dimensions`.
    pub fn assigned_dimensions(
        mut self,
        value: impl Into<Vec<crate::BaseReferenceDto>>,
    ) -> Self {
        self.assigned_dimensions = Some(value.into());
        self
    }
    /// Sets `assignment_context`.
    pub fn assignment_context(
        mut self,
        value: impl Into<crate::AssignmentContextDto>,
    ) -> Self {
        self.assignment_context = Some(Some(value.into()));
        self
    }
    /// Sets `assignment_context` to an explicit `null`.
    pub fn assignment_context_null(mut self) -> Self {
        self.assignment_context = Some(None);
        self
    }
    /// Sets `account_targets`.
    pub fn account_targets(
        mut self,
        value: impl Into<Vec<crate::RoleTargetDto>>,
    ) -> Self {
        self.account_targets = Some(value.into());
        self
    }
    /// Sets `start_date`.
    pub fn start_date(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.start_date = Some(Some(value.into()));
        self
    }
    /// Sets `start_date` to an explicit `null`.
    pub fn start_date_null(mut self) -> Self {
        self.start_date = Some(None);
        self
    }
    /// Sets `remove_date`.
    pub fn remove_date(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.remove_date = Some(Some(value.into()));
        self
    }
    /// Sets `remove_date` to an explicit `null`.
    pub fn remove_date_null(mut self) -> Self {
        self.remove_date = Some(None);
        self
    }
    /// Sets `added_date`.
    pub fn added_date(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.added_date = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(RoleAssignmentDto {
    id: optional("id"),
    role: optional("role"),
    comments: nullable("comments"),
    assignment_source: optional("assignmentSource"),
    assigner: optional("assigner"),
    assigned_dimensions: optional("assignedDimensions"),
    assignment_context: nullable("assignmentContext"),
    account_targets: optional("accountTargets"),
    start_date: nullable("startDate"),
    remove_date: nullable("removeDate"),
    added_date: optional("addedDate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleAssignmentDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.role, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.assigner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.assigned_dimensions, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.assignment_context, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_targets, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The identity that performed the assignment. This could be blank or system
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleAssignmentDtoAssigner {
    /// Object type
    pub r#type: Option<crate::RoleAssignmentDtoAssignerType>,
    /// ID of the object to which this reference applies
    pub id: Option<String>,
    /// Human-readable display name of the object to which this reference applies
    pub name: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleAssignmentDtoAssigner {
    /// Builds a `RoleAssignmentDtoAssigner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<crate::RoleAssignmentDtoAssignerType>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }
    /// Sets `name` to an explicit `null`.
    pub fn name_null(mut self) -> Self {
        self.name = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(RoleAssignmentDtoAssigner {
    r#type: optional("type"),
    id: optional("id"),
    name: nullable("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleAssignmentDtoAssigner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Object type
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleAssignmentDtoAssignerType {
    /// `IDENTITY`
    Identity,
    /// `UNKNOWN`
    Unknown2,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleAssignmentDtoAssignerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown2 => "UNKNOWN",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RoleAssignmentDtoAssignerType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            "UNKNOWN" => Self::Unknown2,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RoleAssignmentDtoAssignerType);
