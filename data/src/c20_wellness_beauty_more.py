# Compliant: more wellness, beauty, personal care, fitness, mental health,
# with modest claims.
DATA = r"""
@ vertical=beauty lang=en
Retinol Night Cream | Gentle 0.3% retinol for first-time users. Start slow, use SPF by day.
Hydrating Sheet Masks | 10-pack with hyaluronic acid. Fragrance-free.
Dry Shampoo | Refreshes roots between washes. Light citrus scent.
Brow Gel | Tinted brow gel that holds all day. 5 shades.
Heatless Curl Kit | Overnight curls without heat damage.
Scalp Scrub | Exfoliating scalp scrub with sea salt and tea tree.
Cuticle Oil Pen | Nourishes nails on the go.
Silk Pillowcase | Less frizz, fewer creases. 22 momme mulberry silk.
Men's Face Wash | Charcoal cleanser for oily skin. 150ml.
Tinted Moisturizer | Sheer coverage, SPF 30, 12 shades.
Hair Oil for Frizz | Lightweight oil with argan and camellia.
Makeup Brush Set | 12 vegan brushes with travel case.
Lip Liner Collection | Creamy liners that match every lipstick.
Body Lotion | Shea butter lotion, absorbs quickly. 400ml.
Hair Ties That Don't Snag | Spiral hair ties, 10-pack.
Vitamin C Face Mist | Refreshing mist to use over makeup.
Nail Strips | Salon-looking nails in 10 minutes, lasts up to 2 weeks.
Beard Trimmer | 20 length settings, waterproof, 90-minute battery.
Lash Serum Consultation | Talk to our licensed esthetician about lash care options.
Wedding Hair Trial | Book a bridal hair trial with our senior stylists.
@ vertical=fitness lang=en
Spin Studio Intro Offer | Three rides for $30. Shoes and water included.
Outdoor Bootcamp Sign-Up | 6am sessions in Riverside Park, all levels.
Run Club Every Thursday | Free 5K social run from the shop, coffee afterwards.
Swim Goggles | Anti-fog, UV protection, adjustable strap.
Kettlebell Classes | Learn swings and get-ups with certified instructors.
Resistance Bands Set | Five levels with door anchor and handles.
Home Gym Flooring | Interlocking foam tiles, 24 pack.
Tennis Racquet Restring | 24-hour restringing service from $25.
Ski Fitness Class | Get your legs ready for the season in 6 weeks.
Golf Swing Analysis | Video lessons with a PGA pro. First lesson $40.
Prenatal Yoga | Gentle classes for expecting mothers. Every Tuesday evening.
Senior Water Aerobics | Low-impact pool classes, free for members.
Triathlon Training Group | Coaching for your first sprint triathlon.
Gym Bag With Shoe Compartment | Water-resistant, 35L, fits a laptop.
Protein Shaker Bottle | Leak-proof shaker with mixing ball.
@ vertical=healthcare lang=en
Virtual Physical Therapy | Guided exercises with a licensed PT by video.
Skin Cancer Screening Day | Free skin checks by dermatologists, Saturday 9-1.
Back-to-School Physicals | Walk-in sports and school physicals, $30.
Home Health Nursing | Skilled nursing visits after hospital discharge.
Speech Therapy for Kids | Licensed speech-language pathologists. Free screening.
Occupational Therapy | Help with daily living skills after injury or illness.
Podiatrist Appointments | Foot pain, ingrown nails and orthotics.
Memory Care Community | Secure, specialized care for people living with dementia.
Audiologist Near You | Hearing tests and hearing aid fittings.
Cardiology Second Opinion | Get a second opinion from board-certified cardiologists online.
Lab Tests Without an Appointment | Order routine lab tests online, visit any lab location.
Prenatal Classes | Childbirth education classes for first-time parents.
Walk-In Clinic Inside the Grocery Store | Nurse practitioners for minor illnesses. Open 7 days.
Colonoscopy Reminder | Adults 45 and older: talk to your doctor about screening.
Dialysis Center | In-center and home dialysis options with compassionate staff.
@ vertical=mental_health lang=en
Stress Management Workshop | Practical tools for stress at work. Free webinar Thursday.
Teen Counseling | Licensed counselors who specialize in adolescents.
Mindfulness Course | 8-week MBSR course, online or in person.
Support Group for Caregivers | Connect with others caring for aging parents. Free.
Anxiety Therapy | Evidence-based CBT with licensed therapists. Insurance accepted.
Journaling App | Guided prompts for reflection and gratitude.
Employee Assistance Program | Confidential counseling for your staff, 24/7.
Grief Support for Kids | Art-based grief groups for children ages 6-12.
ADHD Coaching for Adults | Organization and focus strategies with certified coaches.
Couples Therapy Online | Sessions with licensed marriage and family therapists.
@ vertical=supplements lang=en
Vitamin D3 | 2,000 IU softgels, 180 count. Third-party tested.
Fish Oil | Purified omega-3, 1,000mg. Lemon flavor, no fishy burps.
Magnesium Glycinate | Gentle magnesium supplement, 120 capsules. Third-party tested.
Probiotic for Daily Digestive Support | 10 strains, shelf-stable. Consult your doctor if pregnant.
Women's Multivitamin | Iron, folate and B12 in one daily tablet.
Kids' Gummy Vitamins | Sugar-reduced gummies with vitamins A, C, D and E.
Electrolyte Tablets | Drop in water for hydration on long hikes.
Creatine Monohydrate | Unflavored, 500g. Third-party tested for purity.
Plant Protein Powder | Pea and rice protein, 21g per scoop. Chocolate or vanilla.
Collagen Peptides | Unflavored powder that mixes into coffee.
"""
