#[derive(Debug, Clone, PartialEq)]
pub enum GetRoleAssignmentsResponseItem {
    RoleAssignmentRef(crate::RoleAssignmentRef),
    RoleAssignmentDto(crate::RoleAssignmentDto),
}
impl ::serde::Serialize for GetRoleAssignmentsResponseItem {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::RoleAssignmentRef(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::RoleAssignmentDto(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for GetRoleAssignmentsResponseItem {
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
        match crate::serde_helpers::try_variant::<crate::RoleAssignmentRef>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::RoleAssignmentRef(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::RoleAssignmentRef(value),
                );
            }
            Err(error) => errors.push(("RoleAssignmentRef", error)),
        }
        match crate::serde_helpers::try_variant::<crate::RoleAssignmentDto>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::RoleAssignmentDto(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::RoleAssignmentDto(value),
                );
            }
            Err(error) => errors.push(("RoleAssignmentDto", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::RoleAssignmentRef as ::serde::Deserialize>::deserialize(json)
                    .map(Self::RoleAssignmentRef)
            }
            1usize => {
                <crate::RoleAssignmentDto as ::serde::Deserialize>::deserialize(json)
                    .map(Self::RoleAssignmentDto)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 2usize, member) {
            return Ok(value);
        }
        Err(
            crate::serde_helpers::no_variant_matched(
                "GetRoleAssignmentsResponseItem",
                &errors,
            ),
        )
    }
}
impl crate::serde_helpers::SchemaFit for GetRoleAssignmentsResponseItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::RoleAssignmentRef(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::RoleAssignmentDto(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
