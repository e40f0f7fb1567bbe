#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ClassificationMode {
    /// `default`
    Default,
    /// `ignoreManual`
    IgnoreManual,
    /// `forceMachine`
    ForceMachine,
    /// `forceHuman`
    ForceHuman,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ClassificationMode {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::IgnoreManual => "ignoreManual",
            Self::ForceMachine => "forceMachine",
            Self::ForceHuman => "forceHuman",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ClassificationMode {
    fn from(value: &str) -> Self {
        match value {
            "default" => Self::Default,
            "ignoreManual" => Self::IgnoreManual,
            "forceMachine" => Self::ForceMachine,
            "forceHuman" => Self::ForceHuman,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ClassificationMode);
