# Compliant: display banner copy (ALL CAPS, CTA buttons), long-form social
# ads (40-60 words), testimonials and FAQs, across verticals.
DATA = r"""
@ vertical=retail_fashion lang=en
SHOP NOW | NEW SEASON. NEW STYLES. FREE RETURNS.
SALE ENDS SUNDAY | UP TO 40% OFF DENIM. TAP TO SHOP.
LAST DAY FOR HOLIDAY SHIPPING | ORDER BY 2PM FOR DELIVERY BY DEC 24.
"I Finally Found Jeans That Fit" | "I'm 5'11 with long legs and these are the first jeans that reach my ankles." Ana, verified buyer. Shop tall sizes.
@ vertical=electronics lang=en
LEARN MORE | THE NEW ORBIT PRO. 40-HOUR BATTERY. $199.
PRE-ORDER TODAY | SHIPS OCTOBER 14. FREE ENGRAVING.
FAQ: Will It Work With My Car? | Our dash cam fits 98% of vehicles and powers from any USB port. Check compatibility with your plate number.
Why Our Chargers Don't Get Hot | Gallium nitride chips waste less energy as heat, which means smaller chargers that stay cool on your nightstand. Every unit is tested for 72 hours before it ships, and if it ever fails, we replace it without questions for three years.
@ vertical=travel lang=en
BOOK NOW | SUMMER IN SICILY FROM €599 PER PERSON.
FREE CANCELLATION | ON MOST HOTELS. BOOK WITH CONFIDENCE.
What Our Guests Say | "The guide knew every bird by its call. Best morning of our trip." Maria, Costa Rica birding tour. Book your spot.
How to Pack for Two Weeks in a Carry-On | Roll, don't fold. Pick one color palette. Wear your bulkiest shoes on the plane. Our free packing guide has 20 more tips from flight attendants, plus a checklist you can print. Download it and travel lighter this summer.
@ vertical=food_beverage lang=en
ORDER NOW | FREE DELIVERY ON YOUR FIRST ORDER.
TRY IT FREE | YOUR FIRST MEAL KIT IS ON US. JUST PAY SHIPPING.
Recipe: 15-Minute Lemon Pasta | Boil spaghetti, toss with butter, lemon zest, parmesan and black pepper. That's dinner. Get 200 more quick recipes free in the Fennel app.
Why We Pay Farmers More | Our coffee costs a little more because we pay growers double the fair-trade minimum, visit every farm every year and buy their whole harvest. The result is better coffee and better lives. Try a bag and taste the difference.
@ vertical=software_saas lang=en
START FREE TRIAL | NO CREDIT CARD REQUIRED.
BOOK A DEMO | SEE HOW TEAMS SAVE 6 HOURS A WEEK.
Customer Story: Greenway Logistics | "We cut invoice processing from 5 days to 1." Read how a 40-person logistics company automated accounts payable.
What Is Zero-Trust Security? | Every request is verified, whether it comes from inside or outside the office network. Our free 12-page guide explains the basics for IT managers at small companies, with a checklist you can start on Monday.
@ vertical=education lang=en
APPLY BY MARCH 1 | SCHOLARSHIPS AVAILABLE FOR FALL 2025.
ENROLL NOW | CLASSES START MONDAY. ONLINE OR ON CAMPUS.
Graduate Spotlight: Kevin, Welder | "I went from minimum wage to $32 an hour in a year." Kevin finished our welding program in 9 months. Next cohort starts in June.
Is Community College Worth It? | Our students transfer to four-year universities with half the debt, small classes and professors who know their names. Most classes are available evenings and online. Come to an open house Saturday and see for yourself.
@ vertical=healthcare lang=en
BOOK ONLINE | SAME-DAY APPOINTMENTS AVAILABLE.
FIND A DOCTOR | IN-NETWORK PHYSICIANS NEAR YOU.
Patient Story: Back on the Trail | After knee surgery, Joan worked with our physical therapists for 12 weeks. Last month she hiked 8 miles. Book an evaluation.
What to Expect at Your First Physical Therapy Visit | Your therapist will ask about your pain, test your strength and range of motion, and show you two or three exercises to start at home. Most first visits last an hour. Wear comfortable clothes and bring your insurance card.
@ vertical=nonprofit lang=en
DONATE TODAY | EVERY $1 PROVIDES 3 MEALS.
VOLUNTEER | SHIFTS AVAILABLE THIS WEEKEND.
"The Shelter Saved My Dog and Me" | When Lisa lost her apartment, our pet-friendly shelter kept her and Max together. Help us keep the doors open.
Where Your Money Goes | Last year, 89 cents of every dollar went directly to programs: 1.2 million meals, 4,000 nights of shelter and 600 job-training graduates. Our audited financials are online. A monthly gift of $20 keeps this work going all year.
@ vertical=automotive lang=en
SCHEDULE SERVICE | ONLINE BOOKING IN 60 SECONDS.
TEST DRIVE | THE ALL-NEW ORION HYBRID.
Owner Review: 150,000 Miles and Counting | "Only tires, brakes and oil. This truck just runs." Frank, Idaho.
Winter Driving Tips | Check tire pressure weekly, keep the tank half full and pack a blanket and scraper. Our technicians will inspect your battery, wipers and coolant for free during December. Book a slot online and drive into winter prepared.
@ vertical=home_garden lang=en
GET A QUOTE | FREE IN-HOME ESTIMATES.
SHOP THE SALE | 30% OFF OUTDOOR FURNITURE.
Before and After: A 1970s Kitchen | See how the Parkers replaced dark cabinets with a bright, open kitchen in three weeks.
How Heat Pumps Work in the Cold | Modern heat pumps pull heat from outdoor air even at -15°F, moving it inside instead of burning fuel. Many homeowners cut heating bills by a third. Ask our team for a free assessment and an estimate of available rebates.
@ vertical=fitness lang=en
JOIN TODAY | $0 ENROLLMENT THIS MONTH.
CLAIM YOUR FREE CLASS | ANY STUDIO, ANY CLASS.
Member Story: 60 and Stronger Than Ever | "I started strength training at 58. Now I carry my own groceries up four floors." Dolores.
Why Strength Training Matters After 50 | Muscle mass declines with age, but two short sessions a week can slow or reverse it, improving balance and bone density. Our coaches design safe programs for beginners of any age. Book a free consultation.
@ vertical=finance lang=en
OPEN AN ACCOUNT | NO FEES. NO MINIMUMS. MEMBER FDIC.
FILE FREE | SIMPLE RETURNS FILED AT NO COST.
How to Build an Emergency Fund | Start with $500, then work toward one month of expenses. Automate a small transfer every payday. Our free savings tools help you set a goal and track progress. No products to buy, just a plan.
@ vertical=pets lang=en
ADOPT | MEET YOUR NEW BEST FRIEND THIS SATURDAY.
SHOP PET FOOD | FREE DELIVERY OVER $49.
Caring for a New Kitten | Kittens need vaccines at 8, 12 and 16 weeks, plenty of play and a litter box away from their food. Our free new-kitten guide covers feeding, spaying and introducing pets. Download it or pick up a copy at the front desk.
@ vertical=jobs lang=en
APPLY NOW | HIRING IN 40 CITIES.
SEE OPEN ROLES | ENGINEERING, SALES, SUPPORT.
A Day as a Line Cook at Maple Grill | Prep starts at 2, service at 5. You'll work the grill station with a team that covers for each other. Shift meals, paid overtime and a two-week paid vacation after the first year. We train, you just need to show up hungry to learn.
"""
