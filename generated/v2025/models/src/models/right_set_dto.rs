/// A RightSetDTO represents a collection of rights that assigned to capability or scope, enabling them to possess specific rights to access corresponding APIs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RightSetDto {
    /// The unique identifier of the RightSet.
    pub id: Option<String>,
    /// The human-readable name of the RightSet.
    pub name: Option<String>,
    /// A human-readable description of the RightSet.
    pub description: Option<String>,
    /// The category of the RightSet.
    pub category: Option<String>,
    /// Right is the most granular unit that determines specific API permissions, this is a list of rights associated with the RightSet.
    pub rights: Option<Vec<String>>,
    /// List of unique identifiers for related RightSets, current RightSet contains rights from these RightSets.
    pub right_set_ids: Option<Vec<String>>,
    /// List of unique identifiers for UI-assignable child RightSets, used to build UI components.
    pub ui_assignable_child_right_set_ids: Option<Vec<String>>,
    /// Indicates whether the RightSet is UI-assignable.
    pub ui_assignable: Option<bool>,
    /// The translated name of the RightSet.
    pub translated_name: Option<String>,
    /// The translated description of the RightSet.
    pub translated_description: Option<Option<String>>,
    /// The unique identifier of the parent RightSet for UI Assignable RightSet.
    pub parent_id: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RightSetDto {
    /// Builds a `RightSetDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RightSetDto {
    id: optional::<String>(id),
    name: optional::<String>(name),
    description: optional::<String>(description),
    category: optional::<String>(category),
    rights: optional::<Vec<String>>(rights),
    right_set_ids: optional::<Vec<String>>(right_set_ids),
    ui_assignable_child_right_set_ids: optional::<Vec<String>>(ui_assignable_child_right_set_ids),
    ui_assignable: optional::<bool>(ui_assignable),
    translated_name: optional::<String>(translated_name),
    translated_description: nullable::<String>(translated_description, translated_description_null),
    parent_id: nullable::<String>(parent_id, parent_id_null),
});
crate::serde_helpers::serde_struct!(RightSetDto {
    id: optional("id"),
    name: optional("name"),
    description: optional("description"),
    category: optional("category"),
    rights: optional("rights"),
    right_set_ids: optional("rightSetIds"),
    ui_assignable_child_right_set_ids: optional("uiAssignableChildRightSetIds"),
    ui_assignable: optional("uiAssignable"),
    translated_name: optional("translatedName"),
    translated_description: nullable("translatedDescription"),
    parent_id: nullable("parentId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RightSetDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
