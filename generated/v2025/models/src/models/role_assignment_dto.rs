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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleAssignmentDto {
    /// Builds a `RoleAssignmentDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleAssignmentDto {
    id: optional::<String>(id),
    role: optional::<crate::BaseReferenceDto>(role),
    comments: nullable::<String>(comments, comments_null),
    assignment_source: optional::<String>(assignment_source),
    assigner: optional::<crate::RoleAssignmentDtoAssigner>(assigner),
    assigned_dimensions: optional::<Vec<crate::BaseReferenceDto>>(assigned_dimensions),
    assignment_context: nullable::<crate::AssignmentContextDto>(assignment_context, assignment_context_null),
    account_targets: optional::<Vec<crate::RoleTargetDto>>(account_targets),
    start_date: nullable::<crate::primitives::DateTime>(start_date, start_date_null),
    remove_date: nullable::<crate::primitives::DateTime>(remove_date, remove_date_null),
    added_date: optional::<crate::primitives::DateTime>(added_date),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleAssignmentDtoAssigner {
    /// Builds a `RoleAssignmentDtoAssigner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleAssignmentDtoAssigner {
    r#type: optional::<crate::RoleAssignmentDtoAssignerType>(r#type),
    id: optional::<String>(id),
    name: nullable::<String>(name, name_null),
});
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
