/// The trigger that starts the workflow
#[derive(Debug, Clone, PartialEq)]
pub struct WorkflowTriggerV2025 {
    /// The trigger type
    pub r#type: crate::WorkflowTriggerV2025Type,
    /// The trigger display name
    pub display_name: Option<Option<String>>,
    /// Workflow Trigger Attributes.
    pub attributes: Option<crate::WorkflowTriggerV2025Attributes>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkflowTriggerV2025 {
    /// Builds a `WorkflowTriggerV2025` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::WorkflowTriggerV2025Type>,
        attributes: impl Into<Option<crate::WorkflowTriggerV2025Attributes>>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            display_name: None,
            attributes: attributes.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(WorkflowTriggerV2025 {
    display_name: nullable::<String>(display_name, display_name_null),
});
crate::serde_helpers::serde_struct!(WorkflowTriggerV2025 {
    r#type: required("type"),
    display_name: nullable("displayName"),
    attributes: required("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for WorkflowTriggerV2025 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Workflow Trigger Attributes.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkflowTriggerV2025Attributes {
    /// Attributes related to an IdentityNow ETS event
    EventTriggerAttributes(crate::EventTriggerAttributes),
    /// Attributes related to an external trigger
    ExternalTriggerAttributes(crate::ExternalTriggerAttributes),
    /// Attributes related to a scheduled trigger
    ScheduledTriggerAttributes(crate::ScheduledTriggerAttributes),
}
impl ::serde::Serialize for WorkflowTriggerV2025Attributes {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::EventTriggerAttributes(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::ExternalTriggerAttributes(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::ScheduledTriggerAttributes(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for WorkflowTriggerV2025Attributes {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match crate::serde_helpers::try_variant::<crate::EventTriggerAttributes>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                fit.absent += crate::serde_helpers::absent_members(&json, &["id"]);
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::EventTriggerAttributes(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::EventTriggerAttributes(value),
                );
            }
            Err(error) => errors.push(("EventTriggerAttributes", error)),
        }
        match crate::serde_helpers::try_variant::<
            crate::ScheduledTriggerAttributes,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                fit.absent
                    += crate::serde_helpers::absent_members(&json, &["frequency"]);
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::ScheduledTriggerAttributes(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::ScheduledTriggerAttributes(value),
                );
            }
            Err(error) => errors.push(("ScheduledTriggerAttributes", error)),
        }
        match crate::serde_helpers::try_variant::<
            crate::ExternalTriggerAttributes,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::ExternalTriggerAttributes(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::ExternalTriggerAttributes(value),
                );
            }
            Err(error) => errors.push(("ExternalTriggerAttributes", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::EventTriggerAttributes as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::EventTriggerAttributes)
            }
            1usize => {
                <crate::ScheduledTriggerAttributes as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::ScheduledTriggerAttributes)
            }
            2usize => {
                <crate::ExternalTriggerAttributes as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::ExternalTriggerAttributes)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 3usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "WorkflowTriggerV2025Attributes",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for WorkflowTriggerV2025Attributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::EventTriggerAttributes(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::ExternalTriggerAttributes(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::ScheduledTriggerAttributes(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
/// The trigger type
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WorkflowTriggerV2025Type {
    /// `EVENT`
    Event,
    /// `EXTERNAL`
    External,
    /// `SCHEDULED`
    Scheduled,
    Empty,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl WorkflowTriggerV2025Type {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Event => "EVENT",
            Self::External => "EXTERNAL",
            Self::Scheduled => "SCHEDULED",
            Self::Empty => "",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for WorkflowTriggerV2025Type {
    fn from(value: &str) -> Self {
        match value {
            "EVENT" => Self::Event,
            "EXTERNAL" => Self::External,
            "SCHEDULED" => Self::Scheduled,
            "" => Self::Empty,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(WorkflowTriggerV2025Type);
