/// Names in other scripts, as customers from abroad write them, with the romanised form they use
/// for e-mail addresses.
struct NonLatinName: Sendable {
    let first: String
    let surname: String
    let romanFirst: String
    let romanSurname: String
    let gender: FirstName.Gender
}

enum NonLatinNames {
    static let all: [NonLatinName] = [
        NonLatinName(first: "Иван", surname: "Петров", romanFirst: "ivan", romanSurname: "petrov", gender: .male),
        NonLatinName(first: "Ольга", surname: "Смирнова", romanFirst: "olga", romanSurname: "smirnova", gender: .female),
        NonLatinName(first: "Дмитрий", surname: "Кузнецов", romanFirst: "dmitri", romanSurname: "kuznetsov", gender: .male),
        NonLatinName(first: "Марија", surname: "Јовановић", romanFirst: "marija", romanSurname: "jovanovic", gender: .female),
        NonLatinName(first: "Александар", surname: "Николић", romanFirst: "aleksandar", romanSurname: "nikolic", gender: .male),
        NonLatinName(first: "Γιώργος", surname: "Παπαδόπουλος", romanFirst: "giorgos", romanSurname: "papadopoulos", gender: .male),
        NonLatinName(first: "Ελένη", surname: "Ιωάννου", romanFirst: "eleni", romanSurname: "ioannou", gender: .female),
        NonLatinName(first: "محمد", surname: "العلي", romanFirst: "mohammed", romanSurname: "alali", gender: .male),
        NonLatinName(first: "فاطمة", surname: "الحسن", romanFirst: "fatima", romanSurname: "alhassan", gender: .female),
        NonLatinName(first: "أحمد", surname: "يوسف", romanFirst: "ahmed", romanSurname: "yousef", gender: .male),
        NonLatinName(first: "伟", surname: "王", romanFirst: "wei", romanSurname: "wang", gender: .male),
        NonLatinName(first: "芳", surname: "李", romanFirst: "fang", romanSurname: "li", gender: .female),
        NonLatinName(first: "秀英", surname: "张", romanFirst: "xiuying", romanSurname: "zhang", gender: .female),
        NonLatinName(first: "Олена", surname: "Коваленко", romanFirst: "olena", romanSurname: "kovalenko", gender: .female),
    ]
}
